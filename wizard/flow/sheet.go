package flow

// Sheet is a printed sheet as data: a title and sections in order, each
// of paragraphs and official addresses, some perhaps only for an answer
// given in any journey, and perhaps a part the engine fills in from the
// member's journeys (Fill).
type Sheet struct {
	Title    string // message id
	Intro    string // message id
	Sections []SheetSection
}

// SheetFill is a part of a sheet the engine fills in from a member's
// journeys.
type SheetFill string

const (
	FillNone SheetFill = ""     // the section's paragraphs and addresses alone
	FillDone SheetFill = "done" // each journey begun: its stages, and the dates that were marked
	FillNext SheetFill = "next" // each journey begun: the stage to do next, and the dates ahead (Dates)
	// FillLetters: the letters to support the member needs now (a reminder
	// of the letter's due, or else a journey at one of its steps), each a
	// section of its own on a page of its own, after the sheet.
	FillLetters SheetFill = "letters"
)

// SheetSection is one section of a sheet.
type SheetSection struct {
	Title string // message id
	Fill  SheetFill
	Body  []Text // paragraphs
	Links []Link // official addresses, each printed with its QR code; Link.Scan names it
	// Lines is how many empty lines to write on follow the paragraphs.
	Lines int
}
