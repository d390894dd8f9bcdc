// Package plain runs a flow line by line: the guide for screen readers,
// braille displays and transcripts pasted into an e-mail.
//
// It is the second front-end of the same core as the full screen (package
// core): every move, check and save is the core's, and so is what is
// asked at each place (Frame.Prompt). This package is one loop: print
// what is new in the frame, ask, and turn the line into an action by the
// core's command table (core.Commands), or give it to the field typed
// into (Core.Answer). A new place of the core needs nothing here.
//
// What it prints. Each screen is printed once, one paragraph a line,
// never broken at a width: the terminal, screen reader or braille line
// wraps it. A blank line goes between paragraphs; a screen shown again
// unchanged (after help, after "no" to quitting) is not printed again, but
// its question and answers are. There are no escape sequences at all: no
// colour, no cursor movement, no redraws, no box drawing. Bullets stay
// "- ", EU Login's [labels] are printed in quotes (plain.label: a screen
// reader reads brackets aloud), and an address is printed as text on a
// line of its own. A step's device is said at the first step that has one
// and after that only when it changes (plain.device-change). A QR code
// (half blocks, no colour) is printed only when the user asks for it,
// after a line that says how many lines it takes.
//
// What the user types. After each screen a prompt says what can be typed,
// in the user's language, on one line: the place's own words, what Enter
// alone chooses where it chooses an answer, and the command words offered
// there, each named once a sitting (at the first prompt that offers it),
// all of them again in help, after it and after gentag:
//
//   - A command word offered here does its action, in any case and with
//     spaces around it: plain.word-back, plain.word-help, plain.word-quit
//     (Danish tilbage, hjælp, afslut; English back, help, quit), and where
//     they are offered plain.word-qr (followed by plain.word-invert for a
//     light screen), plain.word-open, plain.word-topics and
//     plain.word-situation. At the quit question, word.yes and word.no.
//   - A number does the numbered offer: a choice, an answer of a review to
//     change, a stage of the start screen, a help topic. An answer is
//     chosen by its words too, in any case (core.AnswerWords): those the
//     content gives it (choice.* in the locale files: ja, nej, android,
//     iphone) and from its label its first word and its words up to a
//     comma. A word two answers have chooses neither: the question is said
//     again.
//   - Enter alone does what the prompt says it does: continue, start, go
//     back from help, stay at the quit question, take the safe answer a
//     journey names, end the guide once a journey is done or paused.
//   - In a field, anything else is the answer: typed into the field and
//     checked at once. After advice (a "Bemærk:"), Enter alone uses the
//     answer anyway. A refused answer is said back, to be typed anew.
//   - Elsewhere, a command word of no use here (qr where there is no
//     address) is told so, and any other line not to be understood.
//
// A command word offered is a command only when it is the whole answer.
// So an answer that is exactly one of these words (a device named "Back",
// a password "hjælp") cannot be given; no real answer is known to be one,
// and the checks would refuse most of them anyway.
//
// Secrets. A password or PIN is read with the SecretReader when there is
// one (no echo), else as an ordinary line. It is never printed, and it is
// kept only while its step is answered.
//
// Echo. When secret is nil, in is taken to be a file or a pipe that echoes
// nothing, so Run ends each answered prompt line itself and a transcript
// stays one line per line.
package plain
