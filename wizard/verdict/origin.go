package verdict

// Origin is what a check of a sender or an address typed or pasted says
// (is this mail or page genuine?): a code, the codes of the reasons for
// it, and the host read from the line. The engine shows the messages
// "genuine.verdict-<code>" and "genuine.reason-<reason>", with the host as
// {{.Host}}.
type Origin struct {
	Code     string
	Reasons  []string
	Host     string // the host read, in lower case; "" when none could be read
	Official bool   // the host is one of the service's own
}
