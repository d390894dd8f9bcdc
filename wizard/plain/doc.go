// Package plain runs a flow line by line: the guide for screen readers,
// braille displays and transcripts pasted into an e-mail.
//
// It is the second front-end of the same core as the full screen (package
// core): every move, check and save is the core's. This package only
// prints the frames' blocks as plain text, reads lines, and maps command
// words to the core's actions.
//
// What it prints. Each screen is printed once, as lines of at most Width
// characters broken at spaces, with a blank line between paragraphs. There
// are no escape sequences at all: no colour, no cursor movement, no
// redraws, no box drawing. Bullets stay "- ", EU Login's labels keep their
// [brackets], and an address is printed as text on a line of its own. A QR
// code (half blocks, no colour) is printed only when the user asks for it.
//
// What the user types. After each screen a prompt says what can be typed,
// in the user's language, and its last line stays open for the answer:
//
//   - Enter alone continues a reading step, and starts or continues on the
//     start screen.
//   - A choice is answered with its number and Enter; on a review, a number
//     changes that answer and Enter alone continues.
//   - On a typing step the answer is typed and Enter pressed. After advice
//     (a "Bemærk:"), Enter alone uses the answer anyway.
//   - At every prompt, also in a text or secret field, the words of the
//     messages plain.word-back, plain.word-help and plain.word-quit are
//     commands (Danish tilbage, hjælp, afslut; English back, help, quit),
//     in any case and with spaces around them. Quitting asks first.
//   - Where a step has an address, plain.word-qr prints it as a QR code
//     (qr, kode or k), followed by plain.word-invert for a light screen
//     (qr vend, qr invert), and plain.word-open opens it in the browser
//     (åbn, open or b) when the command can.
//
// A command word is a command only when it is the whole answer. So an
// answer that is exactly one of these words (a device named "Back", a
// password "hjælp") cannot be given; no real answer is known to be one, and
// the checks would refuse most of them anyway.
//
// Secrets. A password or PIN is read with the SecretReader when there is
// one (no echo), else as an ordinary line. It is never printed, and it is
// kept only while its step is answered.
//
// Echo. When secret is nil, in is taken to be a file or a pipe that echoes
// nothing, so Run ends each answered prompt line itself and a transcript
// stays one line per line.
package plain
