// Package locales holds every word the guide shows, one go-i18n TOML file per
// language. Danish is the default and the fallback.
package locales

import "embed"

// Files are the message files, active.<lang>.toml.
//
//go:embed *.toml
var Files embed.FS

// Default is the language used when no other is asked for or found.
const Default = "da"
