package core_test

import (
	"testing"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
	"github.com/eulogin-guide/eulogin-guide/wizard/fixture"
)

// Issue 19: a front-end that is not the line mode offers the way to it on
// every place but the quit question, hinted where a journey is chosen or
// begun; taking it ends the guide with the change that starts the line
// mode, where the person was. Without the change (the line mode itself) it
// is offered nowhere.
func TestTheWayToTheLineModeIsOfferedEverywhereAFullScreenDraws(t *testing.T) {
	toLines := &core.Change{Setting: "lines", Value: "on", Stay: true}
	for _, p := range fixture.Places {
		withLines := p
		withLines.Opts = func(o *core.Options) {
			if p.Opts != nil {
				p.Opts(o)
			}
			o.ToLines = toLines
		}
		var opened []string
		c := withLines.Open(t, "da", &opened)
		f := c.Frame()
		o, ok := f.Offer(core.SwitchToLines)
		if f.Place == core.QuitScreen {
			if ok {
				t.Errorf("%s: the quit question offers the line mode", p.Name)
			}
			continue
		}
		if !ok {
			t.Errorf("%s: the line mode is not offered", p.Name)
			continue
		}
		if hinted := f.Place == core.SituationScreen || f.Place == core.HomeScreen; o.Hidden == hinted {
			t.Errorf("%s: the way to the line mode is hidden %v", p.Name, o.Hidden)
		}
		c.Do(core.SwitchToLines, 0)
		ch, asked := c.Change()
		want := *toLines
		want.RulesRead = ch.RulesRead // whether a helper read the rules is the sitting's, not the change's
		if !asked || ch != want || c.Frame().Place != core.Ended {
			t.Errorf("%s: taking the line mode asked %+v (%v), on %v", p.Name, ch, asked, c.Frame().Place)
		}

		without := p.Open(t, "da", &opened)
		if _, ok := without.Frame().Offer(core.SwitchToLines); ok {
			t.Errorf("%s: the line mode offers itself", p.Name)
		}
	}
}
