// Package steps holds the EU Login journeys as data files (journeys/*.toml):
// which screens come in which order, what each asks, and where each comes
// from in the seed guides; the help topics (help/topics.toml); and what
// the engine is given of EU Login: the official addresses, the devices and
// the checks (steps/check); and what a rehearsal shows going wrong
// (failures.toml). Every word is a message id in the locale
// files. The engine's loader (wizard/content) reads and checks them.
package steps

import (
	"embed"
	"io/fs"
	"slices"

	"github.com/eulogin-guide/eulogin-guide/locales"
	"github.com/eulogin-guide/eulogin-guide/steps/check"
	"github.com/eulogin-guide/eulogin-guide/wizard/content"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Files are the journeys built into the guide, journeys/<id>.toml, the
// steps they share, library.toml, the help topics, help/topics.toml, the
// rehearsals of what goes wrong, failures.toml, and the letters to
// support, letters.toml.
//
//go:embed journeys/*.toml library.toml sketches.toml help/*.toml failures.toml letters.toml sheet.toml
var Files embed.FS

// loader reads EU Login's content: its addresses, its two devices, told
// the same way on every screen, and its checks.
var loader = content.Loader{Files: Files, Words: locales.Files, Default: locales.Default,
	Addresses: Addresses, Unofficial: Unofficial,
	Devices: map[string]string{"phone": "device.phone", "computer": "device.computer"},
	Checks:  check.Registry}

// Genuine judges a sender or an address typed or pasted, on the place that
// asks "Er denne mail eller side ægte?"; the place stands for the help
// topic GenuineTopic, whose words say what the guide cannot tell.
var Genuine = check.Origin

// GenuineTopic is the help topic of false mails and pages.
const GenuineTopic = "real-or-fake"

// Load reads every journey in files (journeys/*.toml), in the order the
// guide's first question offers them; a *content.Error says what is
// wrong, and where.
func Load(files fs.FS) ([]*flow.Flow, error) { return loader.Journeys(files) }

// BuiltIn is the content built into the guide.
func BuiltIn() (content.Content, error) { return loader.BuiltIn() }

// WithFolder is the built-in content corrected by a folder (--content),
// read within bounds and checked as a whole before any of it is used.
func WithFolder(dir fs.FS) (content.Content, error) { return loader.WithFolder(dir) }

// NewAccount is seed 001, the new-account journey, as built in.
func NewAccount() *flow.Flow {
	c, err := BuiltIn()
	if err != nil {
		panic(err) // the built-in journeys are checked by the tests
	}
	if f := c.Flow("new-account"); f != nil {
		return f
	}
	panic("no new-account journey built in")
}

// LetterWords are the words of each language the letters of c are written
// in, the guide's own (guide) first where the letters have it, each read
// with c's corrections over the built-in words.
func LetterWords(guide *text.Translator, c content.Content) ([]*text.Translator, error) {
	var words []*text.Translator
	if slices.Contains(c.Letters.Languages, guide.Lang()) {
		words = append(words, guide)
	}
	for _, lang := range c.Letters.Languages {
		if lang == guide.Lang() {
			continue
		}
		w, err := text.Load(locales.Files, lang, locales.Default, c.Overrides...)
		if err != nil {
			return nil, err
		}
		words = append(words, w)
	}
	return words, nil
}
