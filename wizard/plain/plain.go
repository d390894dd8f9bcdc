package plain

import (
	"io"
	"strconv"
	"strings"

	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
	"github.com/eulogin-guide/eulogin-guide/wizard/qrcode"
	"github.com/eulogin-guide/eulogin-guide/wizard/screen"
	"github.com/eulogin-guide/eulogin-guide/wizard/text"
)

// Width is the longest line printed, in characters. Only a QR code and a
// word longer than Width (an address) go past it.
const Width = 80

// SecretReader reads one line without showing what is typed, and returns
// it without its line ending.
type SecretReader func() (string, error)

// Run guides the user through opts.Flow line by line, reading answers from
// in and printing to out, until the user quits or in ends. It returns an
// error only when the guide cannot start or in or out fails; quitting and
// the end of in are the normal ends.
func Run(opts screen.Options, in io.Reader, out io.Writer, secret SecretReader) error {
	g, err := screen.NewGuide(opts)
	if err != nil {
		return err
	}
	g.Caption = "plain.caption" // "1. etape, trin 4 af 16": a screen reader reads no "·"
	r := newRunner(g, in, out, secret)
	return r.run()
}

// runner is one run: the guide, the lines in and out, and the command
// words of the user's language.
type runner struct {
	g      *screen.Guide
	in     *lineReader
	out    io.Writer
	secret SecretReader
	words  words
	buf    strings.Builder
	err    error  // the first failure to write
	issue  string // the save problem last printed, so it is told once
	// where the output stands: something printed, and the last line blank
	started, lastBlank bool
}

func newRunner(g *screen.Guide, in io.Reader, out io.Writer, secret SecretReader) *runner {
	return &runner{g: g, in: newLineReader(in), out: out, secret: secret, words: loadWords(g.Opts.Text)}
}

// outcome is what an answer led to.
type outcome int

const (
	stay  outcome = iota // ask again on the same screen
	moved                // the guide is on another screen
	quit                 // the user quit, or the input ended
)

func (r *runner) run() error {
	for {
		var o outcome
		if r.g.AtHome {
			o = r.home()
		} else {
			o = r.step()
		}
		if r.flush(); r.err != nil {
			return r.err
		}
		if o == quit {
			return r.in.failure()
		}
	}
}

func (r *runner) t(id string, data ...text.Data) string { return r.g.Text.T(id, data...) }

// home prints the start screen and answers it until the guide moves.
func (r *runner) home() outcome {
	r.separate()
	r.screen(r.g.Home())
	r.issue = r.g.SaveIssue
	for {
		line, ok := r.ask(r.homePrompt(), "", false)
		if !ok {
			return quit
		}
		if o, done := r.command(line); done {
			if o == moved || o == quit {
				return o
			}
			continue
		}
		if strings.TrimSpace(line) == "" {
			if r.g.Start() {
				return moved
			}
			continue
		}
		r.problem(r.t("plain.not-understood"))
	}
}

func (r *runner) homePrompt() string {
	s := r.g.Session
	next := s.NextStage()
	switch {
	case next < 0:
		return r.t("plain.commands-only", r.words.data)
	case s.Status(next) == flow.InProgress:
		return r.t("plain.prompt-continue") + " " + r.t("plain.commands-no-back", r.words.data)
	}
	return r.t("plain.prompt-start") + " " + r.t("plain.commands-no-back", r.words.data)
}

// step prints the current step and answers it until the guide moves. The
// typed text waiting for confirmation lives here only, and is forgotten
// when the step is left.
func (r *runner) step() outcome {
	r.separate()
	r.showStep()
	st := r.g.Session.Current()
	pending := ""
	for {
		prompt, label, secret := r.stepPrompt(st, pending != "")
		line, ok := r.ask(prompt, label, secret)
		if !ok {
			return quit
		}
		if o, done := r.command(line); done {
			if o == stay {
				continue
			}
			return o
		}
		var o outcome
		switch st.Kind {
		case flow.Type:
			o, pending = r.typed(st, line, pending)
		case flow.Choose:
			o = r.choose(st, line)
		case flow.Review:
			o = r.review(st, line)
		default:
			o = r.read(line)
		}
		if o != stay {
			return o
		}
	}
}

// showStep prints the current step's screen: the step, what goes with its
// answer field, and a save problem not told yet.
func (r *runner) showStep() {
	v := r.g.View
	sc := v.Step()
	if url := r.g.Session.Link(); url != "" {
		offer := r.t("plain.qr-offer", r.words.data)
		if r.g.Opts.OpenURL != nil {
			offer += " " + r.t("plain.open-offer", r.words.data)
		}
		sc.Body = append(sc.Body, screen.Block{Kind: screen.Text, Text: offer})
	}
	st := r.g.Session.Current()
	if in := st.Input; in != nil {
		if in.Example != "" {
			sc.Body = append(sc.Body, screen.Block{Kind: screen.Text, Text: r.t(in.Example)})
		}
		sc.Body = append(sc.Body, v.Rules("")...)
	}
	if r.g.SaveIssue != r.issue {
		sc.Body = append(sc.Body, v.SaveProblem()...)
		r.issue = r.g.SaveIssue
	}
	r.screen(sc)
}

// stepPrompt is what the prompt says on the current step, the label of
// the answer's line, and whether the answer is secret.
func (r *runner) stepPrompt(st *flow.Step, confirming bool) (prompt, label string, secret bool) {
	commands := r.t("plain.commands", r.words.data)
	switch st.Kind {
	case flow.Choose:
		return r.t("plain.prompt-choose") + " " + commands, "", false
	case flow.Review:
		return r.t("plain.prompt-review") + " " + commands, "", false
	case flow.Type:
	default:
		return r.t("plain.prompt-continue") + " " + commands, "", false
	}
	in, e := st.Input, r.g.Entry
	action := r.t("plain.prompt-type")
	switch {
	case confirming:
		action = r.t("plain.prompt-confirm")
	case e.Again():
		action = r.t("plain.prompt-again")
		commands = r.t("plain.commands-again", r.words.data)
	case !in.Secret && r.g.Typed[st.ID] != "":
		action = r.t("plain.prompt-keep", text.Data{"Answer": r.g.Typed[st.ID]})
	}
	if in.Secret {
		action += " " + r.t("plain.hidden")
	}
	return action + " " + commands, r.g.View.Label(e), in.Secret
}

// typed answers a Type step. An empty line confirms the advice shown for
// the answer before (pending), or keeps the earlier answer.
func (r *runner) typed(st *flow.Step, line, pending string) (outcome, string) {
	e := r.g.Entry
	answer := line
	if strings.TrimSpace(line) == "" {
		switch {
		case pending != "":
			answer = pending
		case !e.Again() && !st.Input.Secret:
			answer = r.g.Typed[st.ID]
		}
	}
	if r.g.Enter(answer, 0) {
		return moved, ""
	}
	blocks := r.g.View.Verdict(e)
	if len(blocks) > 0 && st.Input.Rules != "" {
		blocks = append(blocks, r.g.View.Rules(answer)...)
	}
	if len(blocks) > 0 {
		r.blank()
		r.blocks(blocks)
	}
	if e.Confirming() {
		return stay, answer
	}
	return stay, ""
}

// choose answers a Choose step with the number typed.
func (r *runner) choose(st *flow.Step, line string) outcome {
	n, ok := number(line, len(st.Choices))
	if !ok {
		r.problem(r.t("plain.choose-number", text.Data{"Last": len(st.Choices)}))
		return stay
	}
	r.g.Enter("", n)
	return moved
}

// review continues on Enter, or goes to change the answer numbered.
func (r *runner) review(st *flow.Step, line string) outcome {
	if strings.TrimSpace(line) == "" {
		r.g.Enter("", 0)
		return moved
	}
	n, ok := number(line, len(st.Reviews))
	if !ok {
		r.problem(r.t("plain.choose-number", text.Data{"Last": len(st.Reviews)}))
		return stay
	}
	r.g.Change(n)
	return moved
}

// read continues a step that asks nothing, on Enter alone.
func (r *runner) read(line string) outcome {
	if strings.TrimSpace(line) != "" {
		r.problem(r.t("plain.not-understood"))
		return stay
	}
	r.g.Enter("", 0)
	return moved
}

// number reads "2" (or "2.") as the index 1 of n numbered lines.
func number(line string, n int) (int, bool) {
	i, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(line), "."))
	if err != nil || i < 1 || i > n {
		return 0, false
	}
	return i - 1, true
}

// command does what a command word asks, and reports whether the line was
// one. Help, a QR code and an answered "no" stay on the screen.
func (r *runner) command(line string) (outcome, bool) {
	url := ""
	if !r.g.AtHome {
		url = r.g.Session.Link()
	}
	switch r.words.command(line, url != "", r.g.Opts.OpenURL != nil) {
	case cmdHelp:
		r.help()
	case cmdQuit:
		if r.confirmQuit() {
			return quit, true
		}
	case cmdBack:
		if r.g.AtHome {
			return stay, true
		}
		// During the second typing of an answer, back asks the answer again
		// from its first typing, on the same screen.
		again := r.g.Entry != nil && r.g.Entry.Again()
		r.g.Back()
		if !again {
			return moved, true
		}
	case cmdQR:
		r.qr(url, false)
	case cmdQRInvert:
		r.qr(url, true)
	case cmdOpen:
		r.openURL(url)
	default:
		return stay, false
	}
	return stay, true
}

// help prints the troubleshooting of the step or start screen, with the
// plain mode's own words for what can be typed.
func (r *runner) help() {
	sc := r.g.View.Help(r.g.AtHome)
	sc.Body = append(sc.Body, screen.Block{Kind: screen.Text, Text: r.t("plain.help-commands", r.words.data)})
	r.separate()
	r.screen(sc)
}

// confirmQuit asks before quitting, and reports whether to quit. The end
// of the input quits.
func (r *runner) confirmQuit() bool {
	r.separate()
	r.screen(r.g.View.Quit(r.g.Saving()))
	for {
		line, ok := r.ask(r.t("plain.quit-ask", r.words.data), "", false)
		if !ok {
			return true
		}
		switch r.words.yesNo(line) {
		case answerYes:
			return true
		case answerNo:
			return false
		}
		r.problem(r.t("plain.yes-no", r.words.data))
	}
}

// qr prints the address as a QR code, plain glyphs with no colour, and the
// address under it again as text.
func (r *runner) qr(url string, invert bool) {
	code := qrcode.Render(url, qrcode.Style{Invert: invert})
	r.separate()
	r.lines(wrap(r.t("qr.show"), Width)...)
	r.blank()
	if code != "" {
		r.lines(strings.Split(code, "\n")...)
		r.blank()
	}
	r.lines(wrap(r.t("qr.address"), Width)...)
	r.lines(url)
}

// open asks the browser to show the address, and says how it went.
func (r *runner) openURL(url string) {
	msg := "qr.opened"
	if err := r.g.Opts.OpenURL(url); err != nil {
		msg = "qr.open-failed"
	}
	r.blank()
	r.lines(wrap(r.t(msg), Width)...)
}

// problem prints an error, introduced by "Fejl:".
func (r *runner) problem(msg string) {
	r.blank()
	r.lines(wrap(r.t("app.error-prefix")+" "+msg, Width)...)
}

// ask prints the prompt, its last line left open (or the label's line when
// there is a label), and reads the answer: with the SecretReader for a
// secret when there is one. It reports false when the input has ended.
func (r *runner) ask(prompt, label string, secret bool) (string, bool) {
	r.blank()
	lines := wrap(prompt, Width)
	if label != "" {
		lines = append(lines, label+":")
	}
	r.lines(lines[:len(lines)-1]...)
	r.openLine(lines[len(lines)-1] + " ")
	r.flush()
	if r.err != nil {
		return "", false
	}
	var line string
	var ok bool
	echoed := r.secret != nil
	if secret && r.secret != nil {
		line, ok = r.readSecret()
		echoed = false // no echo, not even the line's end
	} else {
		line, ok = r.in.readLine()
	}
	if !ok || !echoed {
		r.buf.WriteString("\n")
	}
	return line, ok
}

func (r *runner) readSecret() (string, bool) {
	line, err := r.secret()
	if err != nil {
		r.in.fail(err)
		return "", false
	}
	return strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"), true
}

// separate puts a blank line between screens.
func (r *runner) separate() { r.blank() }
