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
	page, err := HTML("da", sh)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
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
