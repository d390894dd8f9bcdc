// Package sheet draws what a member takes home (core.Printout): a sheet
// as an HTML page with print styles (one A4 page, the QR codes drawn as
// SVG so they print sharp), a calendar as an iCalendar file, and writes
// either to a file atomically. Like the core it knows no service: every
// word is in the printout.
package sheet

import (
	"bytes"
	"fmt"
	"html/template"
	"slices"
	"strings"

	"rsc.io/qr"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
)

// page is the sheet's HTML: its words are escaped by html/template; only
// the QR codes' SVG, drawn here from the codes' modules, is put in as it is.
var page = template.Must(template.New("sheet").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<title>{{.Title}}</title>
<style>
@page { size: A4; margin: 12mm 14mm; }
html { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 10pt; line-height: 1.3; color: #000; background: #fff; }
body { margin: 0 auto; max-width: 182mm; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; margin: 3mm 0 1mm; border-bottom: 0.4mm solid #000; }
p, ul { margin: 0 0 1.5mm; }
ul { padding-left: 5mm; margin-bottom: 1mm; }
li { margin: 0; }
.badge { font-weight: bold; font-size: 12pt; margin: 0 0 1mm; }
.caption { font-size: 9pt; margin: 0 0 1mm; }
.codes { display: flex; flex-wrap: wrap; gap: 3mm; margin-top: 1.5mm; }
figure { margin: 0; width: 33mm; break-inside: avoid; }
figure svg { width: 26mm; height: 26mm; display: block; }
figcaption { font-size: 8pt; overflow-wrap: anywhere; }
figcaption b { display: block; font-size: 8.5pt; }
.line { border-bottom: 0.3mm solid #000; height: 6.5mm; }
section { break-inside: avoid; }
.new-page { break-before: page; }
.new-page h2 { font-size: 14pt; margin-top: 0; }
.new-page p { font-size: 11pt; margin-bottom: 2.5mm; }
@media screen { body { padding: 12mm 14mm; max-width: 182mm; } }
</style>
</head>
<body>
<h1>{{.Title}}</h1>
{{range .Top}}{{template "block" .}}{{end}}
{{range .Sections}}<section{{if .NewPage}} class="new-page"{{end}}>
<h2>{{.Heading}}</h2>
{{range .Body}}{{template "block" .}}{{end}}
{{if .Codes}}<div class="codes">{{range .Codes}}<figure>{{.SVG}}<figcaption><b>{{.Name}}</b>{{.Address}}</figcaption></figure>{{end}}</div>{{end}}
{{range .Lines}}<div class="line"></div>{{end}}
</section>
{{end}}
</body>
</html>
{{define "block"}}{{if .Bullets}}<ul>{{range .Bullets}}<li>{{.}}</li>{{end}}</ul>{{else}}<p class="{{.Class}}">{{.Text}}</p>{{end}}{{end}}`))

type (
	pageData struct {
		Lang, Title string
		Top         []para
		Sections    []section
	}
	section struct {
		Heading string
		NewPage bool
		Body    []para
		Codes   []code
		Lines   []struct{}
	}
	// para is a block as the page writes it: a paragraph, or a list of
	// the lines that start "- ".
	para struct {
		Class, Text string
		Bullets     []string
	}
	code struct {
		Name, Address string
		SVG           template.HTML
	}
)

// HTML is the sheet as a page in its language. A QR code that cannot be
// made (an address too long for any code) is an error.
func HTML(lang string, sh *core.Sheet) ([]byte, error) {
	d := pageData{Lang: lang, Title: sh.Title, Top: paras(sh.Top)}
	for _, s := range sh.Sections {
		sec := section{Heading: s.Heading, NewPage: s.NewPage, Body: paras(s.Body), Lines: make([]struct{}, s.Lines)}
		for _, p := range s.Panels {
			svg, err := SVG(p.Text)
			if err != nil {
				return nil, err
			}
			sec.Codes = append(sec.Codes, code{Name: p.Caption, Address: p.Text, SVG: svg})
		}
		d.Sections = append(d.Sections, sec)
	}
	var b bytes.Buffer
	err := page.Execute(&b, d)
	return b.Bytes(), err
}

// classes are the page's classes of the blocks that are not plain text.
var classes = map[core.Kind]string{core.Badge: "badge", core.Caption: "caption"}

// paras are blocks as the page writes them: a block's lines that start
// "- " are a list, under the paragraph of the lines before them ("»Ny
// konto«:" over its stages).
func paras(blocks []core.Block) []para {
	var out []para
	for _, b := range blocks {
		lines := strings.Split(b.Text, "\n")
		first := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "- ") })
		if first < 0 {
			out = append(out, para{Class: classes[b.Kind], Text: b.Text})
			continue
		}
		if first > 0 {
			out = append(out, para{Class: classes[b.Kind], Text: strings.Join(lines[:first], "\n")})
		}
		list := para{}
		for _, l := range lines[first:] {
			list.Bullets = append(list.Bullets, strings.TrimPrefix(l, "- "))
		}
		out = append(out, list)
	}
	return out
}

// quiet is the white border a QR code needs around it, in modules.
const quiet = 4

// SVG is the address as a QR code (level M), one square path of its dark
// modules with a white border, as SVG.
func SVG(address string) (template.HTML, error) {
	c, err := qr.Encode(address, qr.M)
	if err != nil {
		return "", err
	}
	var path strings.Builder
	for y := range c.Size {
		for x := range c.Size {
			if c.Black(x, y) {
				fmt.Fprintf(&path, "M%d %dh1v1h-1z", x+quiet, y+quiet)
			}
		}
	}
	side := c.Size + 2*quiet
	return template.HTML(fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" shape-rendering="crispEdges" role="img" aria-label="%s">`+
		`<rect width="%d" height="%d" fill="#fff"/><path fill="#000" d="%s"/></svg>`,
		side, side, template.HTMLEscapeString(address), side, side, path.String())), nil
}
