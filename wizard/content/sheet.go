package content

import (
	"errors"
	"io/fs"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

// SheetFile is the file of the printed sheets: a member's, and the blank
// one for a help session.
const SheetFile = "sheet.toml"

// The sheet file's shape. A text's name is a whole message id.
type (
	sheetFile struct{ Member, Blank *sheetPart }
	sheetPart struct {
		Title, Intro string
		Sections     []struct {
			Title, Fill string
			Body        []textFile
			Links       []struct{ Address, When, Scan string }
			Lines       int
		}
	}
)

// fills are the parts of a sheet the engine can fill in.
var fills = map[string]flow.SheetFill{"": flow.FillNone, "done": flow.FillDone, "next": flow.FillNext, "letters": flow.FillLetters}

// Sheets reads the member's sheet and the blank one from files; nil for
// either the file does not have. Their conditions may name a choice of
// any of flows.
func (l Loader) Sheets(files fs.FS, flows []*flow.Flow) (member, blank *flow.Sheet, err error) {
	buf, err := fs.ReadFile(files, SheetFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, &Error{File: SheetFile, Item: SheetFile, Problem: "unreadable", Detail: err.Error()}
	}
	var sf sheetFile
	if _, err := decode(SheetFile, buf, &sf); err != nil {
		return nil, nil, err
	}
	p := l.parser(SheetFile, nil)
	for _, f := range flows {
		for _, id := range f.StepIDs() {
			for _, c := range f.Step(id).Choices {
				p.choices[id] = append(p.choices[id], c.Value)
			}
		}
	}
	if member, err = p.sheet("member", sf.Member); err == nil {
		blank, err = p.sheet("blank", sf.Blank)
	}
	if err == nil {
		err = p.conditions()
	}
	return member, blank, err
}

// sheet is one sheet of the file, named item; nil for none.
func (p *parser) sheet(item string, sp *sheetPart) (*flow.Sheet, error) {
	if sp == nil {
		return nil, nil
	}
	sh := &flow.Sheet{Title: sp.Title, Intro: sp.Intro}
	for _, sec := range sp.Sections {
		fill, ok := fills[sec.Fill]
		if !ok {
			return nil, p.fail(item, "sheet-fill", sec.Fill)
		}
		s := flow.SheetSection{Title: sec.Title, Fill: fill, Body: p.texts(item, "", sec.Body, ""), Lines: sec.Lines}
		for _, lf := range sec.Links {
			url, ok := p.Addresses[lf.Address]
			if !ok {
				return nil, p.fail(item, "address", lf.Address)
			}
			s.Links = append(s.Links, flow.Link{URL: url, When: p.condition(item, lf.When), Scan: lf.Scan})
		}
		sh.Sections = append(sh.Sections, s)
	}
	return sh, nil
}

// SheetMessages are the message ids a sheet names, and whether each is
// optional (written by a corrections folder, if at all).
func SheetMessages(sh *flow.Sheet) map[string]bool {
	ids := map[string]bool{}
	if sh == nil {
		return ids
	}
	ids[sh.Title], ids[sh.Intro] = false, false
	for _, s := range sh.Sections {
		ids[s.Title] = false
		for _, t := range s.Body {
			ids[t.ID] = t.Optional
		}
		for _, l := range s.Links {
			ids[l.Scan] = false
		}
	}
	delete(ids, "")
	return ids
}
