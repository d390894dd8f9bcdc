package steps

import (
	"time"

	"github.com/eulogin-guide/eulogin-guide/steps/check"
	"github.com/eulogin-guide/eulogin-guide/wizard/flow"
)

// stageTwo is seed 001, 2. etape: the access request on RCAM, made right
// after stage 1.
func stageTwo() []flow.Step {
	open := screen("rcam-open", flow.Read, "001 etape 2 trin 11", computer)
	open.Link = &flow.Link{URL: RCAM}

	signIn := screen("rcam-sign-in", flow.Read, "001 etape 2 trin 12", computer)
	method := screen("rcam-method", flow.Read, "001 etape 2 trin 13", computer)

	approve := screen("rcam-approve", flow.Read, "001 etape 2 trin 14", phone)
	approve.Body = []flow.Text{only("rcam-approve", "android", onAndroid), {ID: "step.rcam-approve.body"}}

	pension := withWarnings(screen("pension-number", flow.Type, "001 etape 2 trin 15", computer),
		texts("pension-number", "not-stored")...)
	pension.Fields = []flow.Field{{ID: pension.ID,
		Label: "step.pension-number.label", Example: "step.pension-number.example",
		AgainLabel: "step.pension-number.again", Twice: true, Mismatch: "pension-mismatch", MaxLength: 40,
		Check: func(typed string, _ flow.Answers) flow.Verdict { return check.PensionNumber(typed) }}}

	name := screen("name", flow.Type, "001 etape 2 trin 15", computer)
	name.Fields = []flow.Field{{ID: name.ID,
		Label: "step.name.label", Example: "step.name.example", MaxLength: 100,
		Check: func(typed string, _ flow.Answers) flow.Verdict { return check.Name(typed) }}}

	birth := screen("birth-date", flow.Type, "001 etape 2 trin 15", computer)
	birth.Fields = []flow.Field{{ID: birth.ID,
		Label: "step.birth-date.label", Example: "step.birth-date.example", MaxLength: 40,
		Check: func(typed string, _ flow.Answers) flow.Verdict { return check.BirthDate(typed, time.Now()) }}}

	review := screen("check-answers", flow.Review, "001 etape 2 trin 15 (Dobbelttjek alle oplysninger)", computer)
	review.Warnings = texts("check-answers", "submit")
	review.Reviews = []string{"pension-number", "name", "birth-date"}
	review.Marks = requestSent

	sent := screen("request-sent", flow.Read, "001 etape 2 trin 16", computer)
	signOut := screen("rcam-sign-out", flow.Read, "001 etape 2 trin 17", computer)

	return []flow.Step{open, signIn, method, approve, pension, name, birth, review, sent, signOut}
}

// stageThree is seed 001, 3. etape: the validation code, days later.
func stageThree() []flow.Step {
	received := screen("code-received", flow.Choose, "001 etape 3 (Du kan ikke fortsætte, før ...)", "")
	received.Choices = []flow.Choice{
		{Value: "yes", Label: "step.code-received.yes"},
		{Value: "no", Label: "step.code-received.no", Pause: true},
	}
	received.Marks = codeReceived

	open := screen("code-open", flow.Read, "001 etape 3 trin 1", computer)
	open.Link = &flow.Link{URL: RCAM}

	signIn := screen("code-sign-in", flow.Read, "001 etape 3 trin 2", computer)

	approve := screen("code-approve", flow.Read, "001 etape 3 trin 3", phone)
	approve.Body = []flow.Text{only("code-approve", "android", onAndroid), {ID: "step.code-approve.body"}}

	code := screen("validation-code", flow.Type, "001 etape 3 trin 4", computer)
	code.Fields = []flow.Field{{ID: code.ID,
		Label: "step.validation-code.label", Example: "step.validation-code.example", MaxLength: 60,
		Check: func(typed string, _ flow.Answers) flow.Verdict { return check.ValidationCode(typed) }}}

	typeIn := screen("code-type-in", flow.Read, "001 etape 3 trin 4", computer)
	done := screen("code-done", flow.Read, "001 etape 3 trin 5", computer)

	return []flow.Step{received, open, signIn, approve, code, typeIn, done}
}
