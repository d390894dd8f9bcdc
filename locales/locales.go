// Package locales holds every word the guide shows, in go-i18n TOML files
// <part>.<lang>.toml: the engine's own words (engine), and EU Login's
// (active, which marks a language, and a part per group of journeys).
// Danish is the default and the fallback.
package locales

import "embed"

// Files are the message files, every part of every language.
//
//go:embed *.toml
var Files embed.FS

// Default is the language used when no other is asked for or found.
const Default = "da"
