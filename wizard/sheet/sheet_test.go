package sheet

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
)

// Words on a sheet are words, whatever they hold: a name or a corrected
// text with markup in it is printed as written, never run as a script nor
// read as a tag.
func TestTheSheetsWordsAreEscaped(t *testing.T) {
	evil := `<script>alert("x")</script><img src=x onerror=alert(1)>`
	sh := &core.Sheet{Title: evil, Top: []core.Block{{Kind: core.Badge, Text: evil}},
		Sections: []core.SheetSection{{Heading: evil, Body: []core.Block{{Kind: core.Text, Text: "- " + evil}},
			Panels: []core.Panel{{Kind: core.QRCode, Text: "https://example.org/?a=<b>", Caption: evil}}}}}
	doc, page := parsed(t, sh)
	var texts int
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "img") {
			t.Errorf("the sheet has a <%s> element", n.Data)
		}
		if n.Type == html.TextNode && strings.Contains(n.Data, evil) {
			texts++
		}
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(doc)
	if texts != 6 { // the title twice, the badge, the heading, the bullet and the code's name
		t.Errorf("the words are printed as written %d times, want 6:\n%s", texts, page)
	}
}

// A block of a paragraph over lines that start "- " is printed as the
// paragraph and a list under it (a journey over its stages), not as one
// run-on line; a section on a page of its own (a letter) starts one.
func TestAListUnderAParagraphAndALetterOnItsOwnPage(t *testing.T) {
	sh := &core.Sheet{Title: "Ark", Sections: []core.SheetSection{
		{Heading: "Gjort", Body: []core.Block{{Kind: core.Text, Text: "»Te«:\n- 1. etape: Færdig\n- 2. etape: I gang"}}},
		{Heading: "Brev", Body: []core.Block{{Kind: core.Verbatim, Text: "Kære PMO"}}, NewPage: true}}}
	doc, page := parsed(t, sh)
	var items, paragraphs []string
	var pages int
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch text := textOf(n); n.Data {
			case "li":
				items = append(items, text)
			case "p":
				paragraphs = append(paragraphs, text)
			case "section":
				for _, a := range n.Attr {
					if a.Key == "class" && strings.Contains(a.Val, "new-page") && strings.Contains(text, "Kære PMO") {
						pages++
					}
				}
			}
		}
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(doc)
	if strings.Join(items, "|") != "1. etape: Færdig|2. etape: I gang" || len(paragraphs) == 0 || paragraphs[0] != "»Te«:" {
		t.Errorf("paragraphs %q, list items %q", paragraphs, items)
	}
	if pages != 1 {
		t.Errorf("the letter's section does not start a page of its own:\n%s", page)
	}
	if !strings.Contains(string(page), ".new-page { break-before: page; }") {
		t.Error("the page's styles do not break before a section of its own page")
	}
}

// textOf is the text of a node and all under it.
func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		b.WriteString(textOf(k))
	}
	return b.String()
}

// parsed is the sheet drawn in Danish, as the html parser reads it, and
// the page itself.
func parsed(t *testing.T, sh *core.Sheet) (*html.Node, []byte) {
	t.Helper()
	page, err := HTML("da", sh)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return doc, page
}
