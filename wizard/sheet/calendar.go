package sheet

import (
	ics "github.com/arran4/golang-ical"

	"github.com/eulogin-guide/eulogin-guide/wizard/core"
)

// alarmAt is when a date's reminder rings: at nine in the morning of its
// day, as a whole-day event starts at midnight.
const alarmAt = "PT9H"

// ICS is the calendar as an iCalendar file: each date a whole-day event
// with its stable UID and a reminder on the morning of its day.
func ICS(cal *core.Calendar) []byte {
	c := ics.NewCalendarFor("eulogin-guide")
	c.SetMethod(ics.MethodPublish)
	c.SetName(cal.Name)
	c.SetXWRCalName(cal.Name)
	for _, d := range cal.Dates {
		e := c.AddEvent(d.UID)
		e.SetDtStampTime(cal.Made)
		e.SetAllDayStartAt(d.Day)
		e.SetAllDayEndAt(d.Day.AddDate(0, 0, 1))
		e.SetSummary(d.Title)
		e.SetDescription(d.Body)
		e.SetTimeTransparency(ics.TransparencyTransparent) // a reminder, not a busy day
		a := e.AddAlarm()
		a.SetAction(ics.ActionDisplay)
		a.SetTrigger(alarmAt)
		a.SetProperty(ics.ComponentPropertyDescription, d.Title)
	}
	return []byte(c.Serialize())
}
