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
// What it prints. Each screen is printed once, as lines of at most Width
// characters broken at spaces, with a blank line between paragraphs; a
// screen shown again unchanged (after help, after "no" to quitting) is not
// printed again. There are no escape sequences at all: no colour, no
// cursor movement, no redraws, no box drawing. Bullets stay "- ", EU
// Login's labels keep their [brackets], and an address is printed as text
// on a line of its own. A QR code (half blocks, no colour) is printed only
// when the user asks for it.
//
// What the user types. After each screen a prompt says what can be typed,
// in the user's language, with the command words offered there, and its
// last line stays open for the answer:
//
//   - A command word offered here does its action, in any case and with
//     spaces around it: plain.word-back, plain.word-help, plain.word-quit
//     (Danish tilbage, hjælp, afslut; English back, help, quit), and where
//     they are offered plain.word-qr (followed by plain.word-invert for a
//     light screen), plain.word-open, plain.word-topics and
//     plain.word-situation. At the quit question, word.yes and word.no.
//   - A number does the numbered offer: a choice, an answer of a review to
//     change, a stage of the start screen, a help topic. An answer with
//     words of its own (choice.* in the locale files: ja, nej, android,
//     iphone) is chosen by one of them too, in any case.
//   - Enter alone does what the prompt says it does: continue, start, go
//     back from help.
//   - In a field, anything else is the answer: typed into the field and
//     checked at once. After advice (a "Bemærk:"), Enter alone uses the
//     answer anyway.
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
