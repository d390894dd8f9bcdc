// The settings place's choices: what a flag does, reachable from inside
// the guide and remembered for the member.

package main

import (
	"cmp"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/desk"
	"github.com/eulogin-guide/eulogin-guide/wizard/store"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// The ids of the settings, as they are kept for a member, and their
// values; "" is the guide's own default.
const (
	settingLines    = "lines"    // "on": the line mode, for screen readers (--plain)
	settingHelper   = "helper"   // "on": a volunteer helps (--helper)
	settingRehearse = "rehearse" // "on": practice, nothing saved (--rehearse)
	settingLang     = "lang"     // a language (--lang)
	settingScreen   = "screen"   // "light" or "dark": the screen's background, when the terminal does not say it right
	on              = "on"
	off             = "off" // the line mode turned off: chosen, so a screen reader's offer is not made again
)

// remembered puts the settings kept for the member into o, over what the
// command line asked for (and nothing of another member's): a flag that
// turns something on wins, and a language given as a flag wins over the
// one kept.
func (o *options) remembered(kept map[string]string) {
	o.lang, o.plain, o.helper, o.rehearse = o.given.lang, o.given.plain, o.given.helper, o.given.rehearse
	o.plain = o.plain || kept[settingLines] == on
	o.helper = o.helper || kept[settingHelper] == on || o.helping
	o.rehearse = o.rehearse || kept[settingRehearse] == on || o.rehearseOnce
	if o.lang == "" {
		o.lang = kept[settingLang]
	}
	o.screen = kept[settingScreen]
}

// languageNames are the message ids of the built-in languages' names; a
// language a folder of corrections adds is named by its code (a message id
// that is missing shows as itself).
var languageNames = map[string]string{"da": "settings.lang-da", "en": "settings.lang-en"}

// settings are the settings place's choices, with their values now.
func settings(o options, lang string, languages []string) []core.Setting {
	onOff := func(id, name string, now bool) core.Setting {
		value := ""
		if now {
			value = on
		}
		return core.Setting{ID: id, Name: name, Values: []string{"", on}, Names: []string{"settings.off", "settings.on"}, Value: value}
	}
	langs := core.Setting{ID: settingLang, Name: "settings.lang", Value: lang}
	for _, l := range languages {
		langs.Values, langs.Names = append(langs.Values, l), append(langs.Names, cmp.Or(languageNames[l], l))
	}
	return []core.Setting{
		onOff(settingLines, "settings.lines", o.plain),
		onOff(settingHelper, "settings.helper", o.helper),
		onOff(settingRehearse, "settings.rehearse", o.rehearse),
		langs,
		{ID: settingScreen, Name: "settings.screen", Values: []string{"", "light", "dark"},
			Names: []string{"settings.screen-auto", "settings.screen-light", "settings.screen-dark"}, Value: o.screen},
	}
}

// stayNotices tell what a change made where the person was says (the
// line mode by its key, helper mode by the first question's answer).
var stayNotices = map[string]string{settingLines: "settings.lines-now", settingHelper: "settings.helper-now"}

// unnamedOr is the notice id named, or for the member kept without a
// name (whom the overview lists as "Uden navn", not by the file's word)
// unnamed.
func unnamedOr(named, unnamed, member string) string {
	if member == store.DefaultProfile {
		return unnamed
	}
	return named
}

// change carries out what the settings place asked for, and gives what the
// guide started again tells first. A setting is kept for the member and
// put into o; another member's own settings are read.
func change(members *desk.Desk, o *options, ch core.Change) core.Notice {
	data := text.Data{"Profile": o.profile, "Dir": members.Dir()}
	switch {
	case ch.Delete: // this member, or one of the overview (ch.Member)
		name := cmp.Or(ch.Member, o.profile)
		data["Profile"] = name
		if found, err := members.Has(name); err == nil && !found && len(members.Settings(name)) == 0 {
			return core.Notice{ID: "save.nothing-to-reset", Data: data}
		}
		if err := members.Delete(name); err != nil {
			return core.Notice{ID: "settings.delete-failed", Data: data}
		}
		if name != o.profile {
			return core.Notice{ID: unnamedOr("overview.deleted", "overview.deleted-unnamed", name), Data: data}
		}
		o.remembered(nil) // the settings went with the rest
		return core.Notice{ID: "save.reset-done", Data: data}
	case ch.Member != "":
		o.profile = ch.Member
		o.helping = o.helping || ch.Helping // the volunteer helps the next member too
		o.remembered(members.Settings(ch.Member))
		o.nameChecked = ch.Made
		if ch.Made {
			return core.Notice{ID: "settings.member-new", Data: text.Data{"Profile": ch.Member}}
		}
		return core.Notice{ID: unnamedOr("settings.member-now", "settings.member-now-unnamed", ch.Member), Data: text.Data{"Profile": ch.Member}}
	}
	value := ch.Value
	switch ch.Setting {
	case settingLines: // a flag that turns it on still wins, as at the start
		o.plain = value == on || o.given.plain
		if value == "" {
			value = off
		}
	case settingHelper:
		o.helper = value == on || o.given.helper
		o.helping = o.helping && o.helper // turned off, it stays off for the next member
		// The overview asks next whom the volunteer helps: helper mode for
		// that member's sitting, not kept for the unnamed.
		if ch.Once {
			o.helping = o.helper
			return core.Notice{ID: "settings.helper-who"}
		}
	case settingRehearse:
		o.rehearse = value == on || o.given.rehearse
		if ch.Once || o.rehearseOnce { // a rehearsal for this sitting keeps nothing, not even itself
			o.rehearseOnce = value == on
			return core.Notice{ID: map[bool]string{true: "settings.rehearsal-now", false: "settings.rehearsal-ended"}[o.rehearseOnce]}
		}
	case settingLang:
		o.lang = value
	case settingScreen:
		o.screen = value
	}
	if err := members.KeepSetting(o.profile, ch.Setting, value); err != nil {
		return core.Notice{ID: "settings.not-kept"}
	}
	if ch.Stay {
		return core.Notice{ID: stayNotices[ch.Setting]}
	}
	return core.Notice{ID: "settings.kept"}
}
