package steps_test

import (
	"bytes"
	"cmp"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	"golang.org/x/net/html"

	"github.com/eulogin-guide/eulogin-guide/steps"
	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/sheet"
	"github.com/eulogin-guide/eulogin-guide/wizard/termtest"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// sheetDay is the fixed clock of the sheets' tests: 20 November 2026.
var sheetDay = time.Date(2026, 11, 20, 10, 0, 0, 0, time.Local)

// takeHomeOptions are the guide's options with the sheets, the letters
// to support and a clock.
func takeHomeOptions(t *testing.T, lang string, now time.Time) core.Options {
	t.Helper()
	content, err := steps.BuiltIn()
	if err != nil {
		t.Fatal(err)
	}
	tr := translator(t, lang)
	words, err := steps.LetterWords(tr, content)
	if err != nil {
		t.Fatal(err)
	}
	return core.Options{Flow: steps.NewAccount(), Text: tr, Journeys: content.Flows, Topics: content.Topics,
		Sheet: content.Sheet, Blank: content.Blank, Letters: content.Letters, LetterWords: func() []*text.Translator { return words }, Now: func() time.Time { return now },
		Save: func(flow.Progress) string { return "" }}
}

// walkNewAccount goes through the whole new account from its start screen,
// typing the sample answers (an e-mail, a password, a PIN, a device name,
// a pension number, a birth date, a validation code), and gives the core
// at its end and the fields typed.
func walkNewAccount(t *testing.T, opts core.Options) (*core.Core, map[string]bool) {
	t.Helper()
	c, err := core.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	f, typed := opts.Flow, map[string]bool{}
	for range 300 {
		fr := c.Frame()
		m := enter
		switch fr.Place {
		case core.HomeScreen:
			if blocksHold(fr.Body, opts.Text.T(cmp.Or(f.Done, "home.all-done"))) {
				return c, typed
			}
		case core.StepScreen:
			st := f.Step(fr.Step)
			switch {
			case st.ID == "existing-account": // a new account, whose e-mail and password are typed
				m.choose = slices.IndexFunc(st.Choices, func(ch flow.Choice) bool { return ch.Value == "new-account" })
			case st.Kind == flow.Choose:
				m.choose = safeChoice(st, "android")
			case fr.Focus >= 0 && fr.Fields[fr.Focus].State != core.Confirming:
				id := st.Fields[fr.Focus].ID
				m.text, typed[id] = samples[id], true
			}
		}
		doMove(c, m)
	}
	t.Fatalf("the new account did not end within 300 moves; at %q", c.Frame().Step)
	return nil, nil
}

// typedForms are the ways a typed answer might be written out: as typed,
// without its spaces, in capitals, grouped.
func typedForms(s string) []string {
	bare := strings.ReplaceAll(s, " ", "")
	return []string{s, bare, strings.ToUpper(s), strings.ToUpper(bare)}
}

// pageText is the text of an HTML page, as the html parser reads it.
func pageText(t *testing.T, page []byte) string {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatalf("the sheet does not parse as HTML: %v", err)
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode && (n.Parent == nil || n.Parent.Data != "style") {
			b.WriteString(n.Data + " ")
		}
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(doc)
	return strings.Join(strings.Fields(b.String()), " ")
}

// A member who went the whole way, typing every answer a check asks for,
// takes home a sheet and a calendar that say what is done and when, and
// the next date, and hold none of what was typed.
func TestTheSheetHoldsTheProgressAndNothingTyped(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		t.Run(lang, func(t *testing.T) {
			opts := takeHomeOptions(t, lang, sheetDay)
			opts.Profile = "Åse"
			c, typed := walkNewAccount(t, opts)
			for _, id := range []string{"email", "password", "pin", "device-name", "pension-number", "birth-date", "validation-code"} {
				if !typed[id] {
					t.Fatalf("the walk typed no %s: the test proves nothing of it", id)
				}
			}
			p := c.MemberSheet()
			page, err := sheet.HTML(p.Lang, p.Sheet)
			if err != nil {
				t.Fatal(err)
			}
			cal := sheet.ICS(c.MemberCalendar(true).Calendar)
			words := pageText(t, page)
			tr := opts.Text
			expireDay := tr.Date(sheetDay.AddDate(0, 0, 183))
			for _, want := range []string{tr.T("sheet.done-title"), tr.T("sheet.next-title"), "Åse",
				tr.T("takehome.on-day", map[string]any{"Date": tr.Date(sheetDay)}), expireDay, tr.T("dated.password-old"),
				tr.T("status.done"), "https://webgate.ec.europa.eu/cas/"} {
				if !strings.Contains(words, want) {
					t.Errorf("the sheet does not say %q:\n%s", want, words)
				}
			}
			for id, value := range samples {
				if id == "name" { // the name is typed on RCAM's page, not kept
					continue
				}
				for _, form := range typedForms(value) {
					if bytes.Contains(page, []byte(form)) || strings.Contains(words, form) {
						t.Errorf("the sheet holds the %s typed (%q)", id, form)
					}
					if bytes.Contains(cal, []byte(form)) {
						t.Errorf("the calendar holds the %s typed (%q)", id, form)
					}
				}
			}
			if n := bytes.Count(page, []byte("<svg")); n != 5 {
				t.Errorf("the sheet has %d QR codes, want the 5 official addresses", n)
			}
		})
	}
}

// savedState is a fixed state of two journeys: the new account waiting
// for the validation code since 12 November (stage 1 done on the 11th),
// and the app added to an account that is external.
func savedState() map[string]flow.Progress {
	return map[string]flow.Progress{
		"new-account": {Version: flow.ProgressVersion, Flow: "new-account", Step: "code-received",
			Started: []string{"stage-1", "stage-2", "stage-3"}, Done: []string{"stage-1", "stage-2"},
			Dates: map[string]string{"password-email": "2026-11-11", "password-chosen": "2026-11-11", "request-sent": "2026-11-12"}},
		"add-app": {Version: flow.ProgressVersion, Flow: "add-app", Step: "account-kind", Started: []string{"add-app"},
			Choices: map[string]string{"account-kind": "external"}},
	}
}

// stateGuide is a core of the member of savedState, on new-account.
func stateGuide(t *testing.T, lang string) *core.Core {
	t.Helper()
	return stateGuideWith(t, lang, savedState())
}

// stateGuideWith is a core of the member whose journeys are saved, on
// new-account.
func stateGuideWith(t *testing.T, lang string, saved map[string]flow.Progress) *core.Core {
	t.Helper()
	opts := takeHomeOptions(t, lang, sheetDay)
	p := saved["new-account"]
	opts.Progress, opts.Saved, opts.Profile = &p, saved, "Åse"
	c, err := core.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// sheetWords are the words of the member's sheet.
func sheetWords(t *testing.T, c *core.Core) string {
	t.Helper()
	p := c.MemberSheet()
	page, err := sheet.HTML(p.Lang, p.Sheet)
	if err != nil {
		t.Fatal(err)
	}
	return pageText(t, page)
}

// The dates on the sheet are those of the journeys' reminders: the code
// looked for 8 days after the request, the password 183 days after it was
// chosen; and the days the stages' steps were done.
func TestTheSheetHasTheJourneysDates(t *testing.T) {
	c := stateGuide(t, "da")
	tr := c.Text()
	words := sheetWords(t, c)
	for _, want := range []string{"20. november 2026: " + tr.T("dated.no-code"), "13. maj 2027: " + tr.T("dated.password-old"),
		tr.T("takehome.on-day", map[string]any{"Date": "12. november 2026"})} {
		if !strings.Contains(words, flatten(want)) {
			t.Errorf("the sheet does not say %q:\n%s", want, words)
		}
	}
}

// The support on the sheet is the one for the member's kind of account,
// as the journeys tell it (domain.md, December 2026): external, EU
// Login4Life, or told by the day retirement was asked for; both where
// the guide does not know.
func TestTheSheetsSupportIsTheMembersKindOfAccount(t *testing.T) {
	external, internal, unknown := "kind.external-support", "kind.internal-helpdesk", "sheet.kind-unknown"
	for _, c := range []struct {
		choices map[string]string
		says    string
	}{
		{map[string]string{"account-kind": "external"}, external},
		{map[string]string{"account-kind": "internal"}, internal},
		{map[string]string{"account-kind": "cannot-see", "account-retired": "before"}, external},
		{map[string]string{"account-kind": "cannot-see", "account-retired": "after"}, internal},
		{map[string]string{"account-kind": "cannot-see"}, unknown},
		{nil, unknown},
	} {
		saved := savedState()
		app := saved["add-app"]
		app.Choices = c.choices
		saved["add-app"] = app
		g := stateGuideWith(t, "da", saved)
		words := sheetWords(t, g)
		for _, id := range []string{external, internal, unknown} {
			if says := strings.Contains(words, flatten(g.Text().T(id))); says != (id == c.says) {
				t.Errorf("%v: the sheet says %s: %v, want only %s", c.choices, id, says, c.says)
			}
		}
	}
}

// icsEvents are the events of a calendar: its summary by day.
func icsEvents(t *testing.T, data []byte) map[string]string {
	t.Helper()
	cal, err := ics.ParseCalendar(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("the calendar does not parse: %v\n%s", err, data)
	}
	events := map[string]string{}
	for _, e := range cal.Events() {
		day, err := e.GetAllDayStartAt()
		if err != nil {
			t.Fatalf("an event is not a whole day: %v", err)
		}
		events[day.Format(time.DateOnly)] = e.GetProperty(ics.ComponentPropertySummary).Value
		if len(e.Alarms()) == 0 {
			t.Errorf("the event of %s has no reminder", day.Format(time.DateOnly))
		}
	}
	return events
}

// The calendar has the dates ahead as whole-day events, read alike by the
// library and by Python's icalendar; the member's name only when asked,
// and the same UIDs whenever it is written, so a calendar updates them.
func TestTheCalendarHoldsTheDatesAhead(t *testing.T) {
	c := stateGuide(t, "da")
	tr := c.Text()
	unnamed := sheet.ICS(c.MemberCalendar(false).Calendar)
	want := map[string]string{"2026-11-20": tr.T("dated.no-code"), "2027-05-13": tr.T("dated.password-old")}
	if got := icsEvents(t, unnamed); !mapsEqual(got, want) {
		t.Errorf("the calendar's events are %v, want %v", got, want)
	}
	if bytes.Contains(unnamed, []byte("Åse")) {
		t.Errorf("the calendar names the member without being asked:\n%s", unnamed)
	}
	named := sheet.ICS(c.MemberCalendar(true).Calendar)
	if !bytes.Contains(named, []byte("Åse: "+tr.T("dated.no-code"))) {
		t.Errorf("the calendar asked with the name does not name the member:\n%s", named)
	}
	uids := regexp.MustCompile(`(?m)^UID:.*$`)
	if a, b := uids.FindAll(unnamed, -1), uids.FindAll(sheet.ICS(stateGuide(t, "da").MemberCalendar(false).Calendar), -1); len(a) != 2 || !slices.EqualFunc(a, b, bytes.Equal) {
		t.Errorf("the UIDs are not the same when written again: %q, %q", a, b)
	}
	python := "/usr/bin/python3"
	if exec.Command(python, "-c", "import icalendar").Run() != nil {
		needTool(t, "python3-icalendar (Debian)")
	}
	cmd := exec.Command(python, "-c", `import sys, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
for e in cal.walk("VEVENT"):
    print(e.decoded("DTSTART").isoformat(), str(e.get("SUMMARY")), len(e.walk("VALARM")))`)
	cmd.Stdin = bytes.NewReader(unnamed)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python's icalendar does not read the calendar: %v", err)
	}
	wantLines := fmt.Sprintf("2026-11-20 %s 1\n2027-05-13 %s 1\n", tr.T("dated.no-code"), tr.T("dated.password-old"))
	if string(out) != wantLines {
		t.Errorf("python's icalendar reads:\n%s\nwant:\n%s", out, wantLines)
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// needTool skips the test for want of a tool, or fails it where the
// environment says the tools are there (EULOGIN_GUIDE_REQUIRE_TOOLS=1,
// as .ci/run sets it).
func needTool(t *testing.T, name string) {
	t.Helper()
	if os.Getenv("EULOGIN_GUIDE_REQUIRE_TOOLS") == "1" {
		t.Fatalf("%s is needed here (EULOGIN_GUIDE_REQUIRE_TOOLS=1)", name)
	}
	t.Skipf("%s is not installed", name)
}

// lookTool is the path of a program, or the test is skipped (needTool).
func lookTool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		needTool(t, name)
	}
	return path
}

// printPDF prints the page to a PDF with headless chromium, as a member's
// browser would, and gives the PDF's path.
func printPDF(t *testing.T, page []byte) string {
	t.Helper()
	chromium := lookTool(t, "chromium")
	dir := t.TempDir()
	in, out := filepath.Join(dir, "sheet.html"), filepath.Join(dir, "sheet.pdf")
	if err := os.WriteFile(in, page, 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir="+filepath.Join(dir, "profile"),
		"--print-to-pdf="+out, "--no-pdf-header-footer", "file://"+in)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, msg)
	}
	return out
}

// tool is a tool's output, or the test fails.
func tool(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(lookTool(t, name), args...).Output()
	if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return string(out)
}

// wordBox is where pdftotext -bbox finds a word, in points.
var wordBox = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(https://[^<]*)</word>`)

// codesOnPage decodes the QR codes of the PDF, each above the address
// written under it, from the page drawn at 150 dpi.
func codesOnPage(t *testing.T, pdf string) []string {
	t.Helper()
	prefix := filepath.Join(filepath.Dir(pdf), "page")
	tool(t, "pdftoppm", "-r", "150", "-png", "-singlefile", pdf, prefix)
	f, err := os.Open(prefix + ".png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	const scale = 150.0 / 72 // pixels a point
	var found []string
	for _, m := range wordBox.FindAllStringSubmatch(tool(t, "pdftotext", "-bbox", "-f", "1", "-l", "1", pdf, "-"), -1) {
		x, _ := strconv.ParseFloat(m[1], 64)
		y, _ := strconv.ParseFloat(m[2], 64)
		// The code, 26 mm (74 points) square, stands above its name and address.
		r := image.Rect(int((x-6)*scale), int((y-140)*scale), int((x+92)*scale), int(y*scale))
		crop := image.NewRGBA(image.Rect(0, 0, r.Dx(), r.Dy()))
		draw.Draw(crop, crop.Bounds(), img, r.Min, draw.Src)
		text, err := termtest.DecodeQR(crop)
		if err != nil {
			t.Errorf("no QR code decodes above %q: %v", m[3], err)
			continue
		}
		found = append(found, text)
	}
	return found
}

// Printed by a real browser, each sheet in each language is one A4 page
// whose text holds its headings and dates, and whose QR codes decode to
// the official addresses written under them. The member of savedState
// waits for a validation code more than a week: the letter about it
// follows, on a page of its own.
func TestTheSheetsPrintOnOneA4Page(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		for _, which := range []string{"member", "blank"} {
			t.Run(lang+"/"+which, func(t *testing.T) {
				c := stateGuide(t, lang)
				tr := c.Text()
				p, headings := c.MemberSheet(), []string{tr.T("sheet.title"), tr.T("sheet.done-title"), tr.T("sheet.next-title"),
					tr.T("sheet.addresses-title"), tr.T("sheet.support-title"), tr.T("sheet.help-title"), tr.Date(time.Date(2027, 5, 13, 0, 0, 0, 0, time.Local))}
				codes := []string{steps.LogIn, steps.MobileDevices, steps.RCAM, steps.MyPMO, steps.Portal}
				letter := tr.T("takehome.letter-title", map[string]any{"Title": tr.T("sheet.letter-title"), "Letter": tr.T("letter.no-code.title")})
				pages := 2
				if which == "blank" {
					p, headings, codes, letter, pages = c.BlankSheet(), []string{tr.T("sheet.bring-title"), tr.T("sheet.bring-things-title"),
						tr.T("sheet.bring-know-title"), tr.T("sheet.bring-notes-title")}, nil, "", 1
				}
				page, err := sheet.HTML(p.Lang, p.Sheet)
				if err != nil {
					t.Fatal(err)
				}
				pdf := printPDF(t, page)
				info := tool(t, "pdfinfo", pdf)
				if !regexp.MustCompile(`(?m)^Pages:\s+`+strconv.Itoa(pages)+`$`).MatchString(info) || !regexp.MustCompile(`Page size:\s+59[45]\.\d* x 84[12]\.\d* pts`).MatchString(info) {
					t.Errorf("the sheet is not one A4 page, with %d of letters after it:\n%s", pages-1, info)
				}
				if letter != "" {
					if second := strings.Join(strings.Fields(tool(t, "pdftotext", "-f", "2", "-l", "2", pdf, "-")), " "); !strings.HasPrefix(second, letter) {
						t.Errorf("the second page does not begin with the letter %q:\n%s", letter, second)
					}
				}
				text := strings.Join(strings.Fields(tool(t, "pdftotext", "-f", "1", "-l", "1", pdf, "-")), " ")
				for _, h := range headings {
					if !strings.Contains(text, h) {
						t.Errorf("the printed sheet does not say %q:\n%s", h, text)
					}
				}
				if got := codesOnPage(t, pdf); !slices.Equal(got, codes) {
					t.Errorf("the printed QR codes decode to %q, want %q", got, codes)
				}
			})
		}
	}
}

// A member with three or five journeys begun has a sheet longer than a
// page: it goes on to a second page between two sections, never inside
// one (a page of empty lines to write on, or a support address cut from
// its heading), in both languages; and a journey of one stage takes one
// line.
func TestASheetOfManyJourneysBreaksBetweenSections(t *testing.T) {
	saved := savedState()
	saved["locked-out"] = flow.Progress{Version: flow.ProgressVersion, Flow: "locked-out", Step: "panic", Started: []string{"locked-out"},
		Choices: map[string]string{"account-kind": "external", "lock-cause": "locked", "still-works": "no", "panic": "blocked"}}
	more := map[string]flow.Progress{
		"new-phone":    {Version: flow.ProgressVersion, Flow: "new-phone", Step: "old-device", Started: []string{"new-phone"}},
		"more-devices": {Version: flow.ProgressVersion, Flow: "more-devices", Step: "platform", Started: []string{"more-devices"}},
	}
	for _, journeys := range []map[string]flow.Progress{saved, merged(saved, more)} {
		for _, lang := range []string{"da", "en"} {
			c := stateGuideWith(t, lang, journeys)
			tr := c.Text()
			p := c.MemberSheet()
			page, err := sheet.HTML(p.Lang, p.Sheet)
			if err != nil {
				t.Fatal(err)
			}
			if words := pageText(t, page); !strings.Contains(words, tr.T("takehome.task-one", map[string]any{"Journey": tr.T("flow.add-app.title"), "Status": tr.T("status.in-progress")})) {
				t.Errorf("%s: a journey of one stage is not one line on the sheet:\n%s", lang, words)
			}
			second := strings.Join(strings.Fields(tool(t, "pdftotext", "-f", "2", "-l", "2", printPDF(t, page), "-")), " ")
			var headings []string
			for _, id := range []string{"sheet.done-title", "sheet.next-title", "sheet.addresses-title", "sheet.support-title", "sheet.help-title"} {
				headings = append(headings, tr.T(id))
			}
			if !slices.ContainsFunc(headings, func(h string) bool { return strings.HasPrefix(second, h) }) {
				t.Errorf("%s, %d journeys: the sheet's second page does not begin with a section's heading (%q):\n%s", lang, len(journeys), headings, second)
			}
		}
	}
}

// merged is a and b in one map.
func merged[K comparable, V any](a, b map[K]V) map[K]V {
	out := maps.Clone(a)
	maps.Copy(out, b)
	return out
}

// Stage 2 is to follow stage 1 straight away: once stage 1 is done and
// stage 2 is not, the calendar and the sheet have it today.
func TestStageTwoIsDueTheDayStageOneIsDone(t *testing.T) {
	opts := takeHomeOptions(t, "da", sheetDay)
	p := flow.Progress{Version: flow.ProgressVersion, Flow: "new-account", Step: "rcam-open", Started: []string{"stage-1"},
		Done: []string{"stage-1"}, Dates: map[string]string{"password-chosen": "2026-11-20"}}
	opts.Progress = &p
	c, err := core.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	tr := c.Text()
	soon := tr.T("takehome.stage-soon", map[string]any{"Stage": tr.T("stage.2.short")})
	if got := icsEvents(t, sheet.ICS(c.MemberCalendar(false).Calendar)); got["2026-11-20"] != soon {
		t.Errorf("the calendar's events are %v, want %q on 2026-11-20", got, soon)
	}
	page, err := sheet.HTML("da", c.MemberSheet().Sheet)
	if err != nil {
		t.Fatal(err)
	}
	if words := pageText(t, page); !strings.Contains(words, "20. november 2026: "+soon) {
		t.Errorf("the sheet does not say %q:\n%s", soon, words)
	}
}

// The sheet carries the letter to support a member needs now, filled in
// with the day the request was sent: after a week without the validation
// code, the letter about it; two days after the request, none yet.
func TestTheSheetCarriesTheLetterTheMemberNeeds(t *testing.T) {
	for lang, sent := range map[string]string{"da": "12.11.2026", "en": "2026-11-12"} { // as a letter writes a date
		c := stateGuide(t, lang)
		tr := c.Text()
		letter := tr.T("takehome.letter-title", map[string]any{"Title": tr.T("sheet.letter-title"), "Letter": tr.T("letter.no-code.title")})
		words := sheetWords(t, c)
		if !strings.Contains(words, letter) || !strings.Contains(words, sent) {
			t.Errorf("%s: a week without the code, the sheet has no letter %q with the request's day:\n%s", lang, letter, words)
		}
		recent := savedState()
		p := recent["new-account"]
		p.Dates = map[string]string{"password-email": "2026-11-11", "password-chosen": "2026-11-11", "request-sent": "2026-11-18"}
		recent["new-account"] = p
		if words := sheetWords(t, stateGuideWith(t, lang, recent)); strings.Contains(words, letter) {
			t.Errorf("%s: two days after the request, the sheet already has the letter:\n%s", lang, words)
		}
	}
}
