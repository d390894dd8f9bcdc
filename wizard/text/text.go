// Package text turns message ids into words in the user's language, and
// picks that language from flags and the environment.
package text

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// Data is the template data of a message, e.g. {"Count": 11}.
type Data map[string]any

// Translator gives the messages of one language, falling back to the default.
// It is safe for use by several goroutines at once.
//
// A message without template data, and a date in words, is worked out once
// and then remembered: go-i18n matches the language tags and executes the
// template on every call, and a screen asks for the same words on every key
// press.
type Translator struct {
	localizer *i18n.Localizer
	lang      string

	mu     sync.Mutex
	plain  map[string]string  // T without data, by message id
	dates  map[dateKey]string // When, by day and days ago
	around map[string]string  // Around's words, by message id and field
}

// dateKey is what a date in words depends on.
type dateKey struct {
	year, day int
	month     time.Month
	daysAgo   int
}

// maxDates bounds the remembered dates in words: a long session sees a few
// new ones a day, a test or a fuzzer could ask for many.
const maxDates = 1000

// Load reads the message files of lang and of the fallback language
// (active.<lang>.toml and any part <part>.<lang>.toml in files, then in
// each of overrides, whose messages replace those of the same id) and
// returns a translator for lang.
func Load(files fs.FS, lang, fallback string, overrides ...fs.FS) (*Translator, error) {
	bundle := i18n.NewBundle(language.Make(fallback))
	langs := []string{fallback}
	if lang != fallback {
		langs = append(langs, lang)
	}
	for i, layer := range append([]fs.FS{files}, overrides...) {
		for _, l := range langs {
			names := FileNames(layer, l)
			if len(names) == 0 && (l == lang || i > 0) {
				continue // an unknown language falls back; an override may leave a language out
			}
			if len(names) == 0 {
				return nil, fmt.Errorf("active.%s.toml: %w", l, fs.ErrNotExist)
			}
			for _, name := range names {
				msgs, err := readMessages(layer, name)
				if err != nil {
					return nil, err
				}
				if err := bundle.AddMessages(language.Make(l), msgs...); err != nil {
					return nil, fmt.Errorf("%s: %w", name, err)
				}
			}
		}
	}
	return &Translator{localizer: i18n.NewLocalizer(bundle, lang, fallback), lang: lang,
		plain: map[string]string{}, dates: map[dateKey]string{}, around: map[string]string{}}, nil
}

// Lang is the language the translator was loaded for.
func (t *Translator) Lang() string { return t.lang }

// T gives the message with id. A "Count" in data also picks the plural form.
// A missing message gives the id itself, so a gap shows instead of hiding.
func (t *Translator) T(id string, data ...Data) string {
	if len(data) > 0 {
		return t.localize(id, data[0])
	}
	// The ids are the locale files' and the program's: a bounded set.
	return remember(&t.mu, t.plain, id, 0, func() string { return t.localize(id, nil) })
}

// Around is the message with id whose one field is value: T(id,
// Data{field: value}), with the words around the field made once, not at
// every call, for words shown anew as the value changes at every key (a
// name typed). A message that has the field other than once is made each
// time.
func (t *Translator) Around(id, field, value string) string {
	const mark = "\x1f" // a control character, which no message holds
	words := remember(&t.mu, t.around, id+mark+field, 0, func() string { return t.localize(id, Data{field: mark}) })
	before, after, once := strings.Cut(words, mark)
	if !once || strings.Contains(after, mark) {
		return t.localize(id, Data{field: value})
	}
	return before + value + after
}

// Has reports whether the message with id is written, in the language or
// the fallback.
func (t *Translator) Has(id string) bool { return t.T(id) != id }

// remember gives kept[key], worked out by work the first time; kept is
// emptied once it holds most entries (0: never). Two goroutines may both
// work a key out the first time; both get the same words, so the one
// stored last does no harm.
func remember[K comparable](mu *sync.Mutex, kept map[K]string, key K, most int, work func() string) string {
	mu.Lock()
	s, ok := kept[key]
	mu.Unlock()
	if ok {
		return s
	}
	s = work()
	mu.Lock()
	if most > 0 && len(kept) >= most {
		clear(kept)
	}
	kept[key] = s
	mu.Unlock()
	return s
}

// localize asks go-i18n for the message with id, with data if not nil.
func (t *Translator) localize(id string, data Data) string {
	cfg := &i18n.LocalizeConfig{MessageID: id}
	if data != nil {
		cfg.TemplateData = map[string]any(data)
		if n, ok := data["Count"]; ok {
			cfg.PluralCount = n
		}
	}
	s, err := t.localizer.Localize(cfg)
	if err != nil && s == "" {
		return id
	}
	return s
}

// ErrLanguage is a language tag the guide cannot use.
var ErrLanguage = errors.New("not a language tag the guide can use")

// CheckLanguage makes sure that tag names a language the guide can show:
// a known one, written as golang.org/x/text writes it ("de", "pt-BR", not
// "DE" or "xx"), whose plural rules go-i18n has. Load would refuse a
// language without them; an unknown one would show the fallback's words.
func CheckLanguage(tag string) error {
	t, err := language.Parse(tag)
	if err != nil || t.String() != tag || t == language.Und {
		return ErrLanguage
	}
	if err := i18n.NewBundle(t).AddMessages(t); err != nil {
		return ErrLanguage
	}
	return nil
}

// FromEnv picks the language from a locale setting in the environment
// (LC_ALL, LC_MESSAGES, LANG, in that order), among the supported ones.
// "da_DK.UTF-8" means Danish; C and POSIX say nothing. Unknown: fallback.
func FromEnv(getenv func(string) string, supported []string, fallback string) string {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		value := getenv(name)
		if cut := strings.IndexAny(value, ".@"); cut >= 0 {
			value = value[:cut]
		}
		if value == "" || value == "C" || value == "POSIX" {
			continue
		}
		tag, err := language.Parse(strings.ReplaceAll(value, "_", "-"))
		if err != nil {
			continue
		}
		base, _ := tag.Base()
		for _, s := range supported {
			if base.String() == s {
				return s
			}
		}
		return fallback
	}
	return fallback
}

// Words is a message that lists words (commands, answers such as "ja j
// yes y"), split and lower-cased.
func (t *Translator) Words(id string) []string {
	return strings.Fields(strings.ToLower(t.T(id)))
}

// When tells a past date in words relative to today: "i dag, den 22.
// november", "i går, ...", "den 18. november – for 4 dage siden".
func (t *Translator) When(day time.Time, daysAgo int) string {
	y, m, d := day.Date()
	key := dateKey{year: y, month: m, day: d, daysAgo: daysAgo}
	return remember(&t.mu, t.dates, key, maxDates, func() string { return t.when(day, daysAgo) })
}

// Clock is the time of day of at in words, as "10.42" (date.clock); the
// minutes always with two digits.
func (t *Translator) Clock(at time.Time) string {
	return t.T("date.clock", Data{"Hour": at.Hour(), "Minute": fmt.Sprintf("%02d", at.Minute())})
}

// Date is a whole date in words, year too: "24. december 1948"
// (date.full).
func (t *Translator) Date(day time.Time) string {
	return t.T("date.full", Data{"Day": day.Day(), "Month": t.month(day.Month()), "Year": day.Year()})
}

// month is the name of a month in the language (date.months).
func (t *Translator) month(m time.Month) string {
	if months := strings.Fields(t.T("date.months")); len(months) == 12 {
		return months[m-1]
	}
	return m.String()
}

func (t *Translator) when(day time.Time, daysAgo int) string {
	data := Data{"Day": day.Day(), "Month": t.month(day.Month()), "Year": day.Year()}
	switch daysAgo {
	case 0:
		return t.T("date.today", data)
	case 1:
		return t.T("date.yesterday", data)
	}
	data["Count"] = daysAgo
	return t.T("date.days-ago", data)
}
