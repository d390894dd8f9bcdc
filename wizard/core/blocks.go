package core

// Kind says what a block is, so a front-end can show it fittingly. Every
// meaning is in the block's words too ("Fejl:", [Label], a rule's state),
// so nothing depends on colour or layout.
type Kind int

const (
	Badge   Kind = iota // who and how the guide runs: the profile, a rehearsal
	Caption             // the small line above a heading: "1. etape · trin 4 af 16"
	Heading
	Device  // which device to use
	Text    // a paragraph; its lines starting "- " are bullets
	Warning // starts with "Vigtigt:"
	Note    // starts with "Bemærk:"
	Problem // starts with "Fejl:"
	Address // an official address
	Choice  // a numbered answer to choose
	Answer  // a numbered earlier answer that can be changed
	Rule    // a line of a checklist, with its state in words
	// Verbatim is words to copy as they are, a letter's: a line mode
	// keeps its [blanks] as written, for the person to fill in.
	Verbatim
)

// Block is one paragraph of a screen, not yet wrapped.
type Block struct {
	Kind   Kind
	Text   string
	Number int // of a Choice or an Answer, from 1
}

// InList reports whether a block continues a list begun by the block
// before it (choices, answers, rules, notes), so no blank line goes
// between them; an address belongs to the line before it too.
func InList(prev, b Kind) bool {
	switch {
	case b == Address:
		return true
	case b == Rule && prev == Text:
		return true // a checklist under its heading
	}
	return prev == b && (b == Choice || b == Answer || b == Rule || b == Note)
}
