package check

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/eulogin-guide/eulogin-guide/wizard/verdict"
)

// originCases are the shapes a line comes in, typed or pasted; the table
// of genuine and false senders and addresses, also through the place in
// both front-ends, is steps/genuine_test.go.
var originCases = []struct {
	in   string
	want verdict.Origin
}{
	{"ecas.ec.europa.eu", verdict.Origin{Code: "official", Host: "ecas.ec.europa.eu", Official: true}},
	{"  HTTPS://ECAS.EC.EUROPA.EU./cas/login  ", verdict.Origin{Code: "official", Host: "ecas.ec.europa.eu", Official: true}},
	{"https://webgate.ec.europa.eu:443/RCAM/", verdict.Origin{Code: "official", Host: "webgate.ec.europa.eu", Official: true}},
	{"europa.eu", verdict.Origin{Code: "official", Host: "europa.eu", Official: true}},
	// pasted with the words around it: a word ending a sentence, a date
	{"Fra EU Login. Adresse: ecas.ec.europa.eu", verdict.Origin{Code: "official", Host: "ecas.ec.europa.eu", Official: true}},
	{"Sendt 3.12.2026 fra automated-notifications@nomail.ec.europa.eu", verdict.Origin{Code: "sender", Host: "nomail.ec.europa.eu", Official: true}},
	{"Fra: Authentication service <Automated-Notifications@nomail.ec.europa.eu>", verdict.Origin{Code: "sender", Host: "nomail.ec.europa.eu", Official: true}},
	{`"EU Login" <automated-notifications@nomail.ec.europa.eu>.`, verdict.Origin{Code: "sender", Host: "nomail.ec.europa.eu", Official: true}},
	{"mailto:automated-notifications@nomail.ec.europa.eu", verdict.Origin{Code: "sender", Host: "nomail.ec.europa.eu", Official: true}},
	{"EU-LOGIN-EXTERNAL-SUPPORT@ec.europa.eu", verdict.Origin{Code: "official", Reasons: []string{"not-sender"}, Host: "ec.europa.eu", Official: true}},
	{"automated-notifications@nomail.ec-europa.eu", verdict.Origin{Code: "lookalike", Host: "nomail.ec-europa.eu"}},
	{"https://ec.europa.eu@evil.example/", verdict.Origin{Code: "elsewhere", Reasons: []string{"in-user"}, Host: "evil.example"}},
	{"ec.europa.eu@evil.example", verdict.Origin{Code: "elsewhere", Reasons: []string{"in-user"}, Host: "evil.example"}},
	{"evil.example/ec.europa.eu/", verdict.Origin{Code: "elsewhere", Reasons: []string{"in-path"}, Host: "evil.example"}},
	{`https://evil.example\ec.europa.eu`, verdict.Origin{Code: "elsewhere", Reasons: []string{"in-path"}, Host: "evil.example"}},
	{"https://evil.example?next=https://ecas.ec.europa.eu", verdict.Origin{Code: "elsewhere", Reasons: []string{"in-path"}, Host: "evil.example"}},
	{"ec.europa.eu.evil.example", verdict.Origin{Code: "elsewhere", Reasons: []string{"subdomain"}, Host: "ec.europa.eu.evil.example"}},
	{"europa-eu.info", verdict.Origin{Code: "elsewhere", Reasons: []string{"similar"}, Host: "europa-eu.info"}},
	{"noteuropa.eu", verdict.Origin{Code: "elsewhere", Reasons: []string{"similar"}, Host: "noteuropa.eu"}},
	{"ecas.ec。europa。eu", verdict.Origin{Code: "official", Host: "ecas.ec.europa.eu", Official: true}},
	{"ec.еuropa.eu", verdict.Origin{Code: "letters", Reasons: []string{"non-ascii"}, Host: "ec.еuropa.eu"}},
	{"https://xn--ec-europa-8nh.eu", verdict.Origin{Code: "letters", Reasons: []string{"punycode"}, Host: "xn--ec-europa-8nh.eu"}},
	{"www.mail.dk", verdict.Origin{Code: "elsewhere", Host: "www.mail.dk"}},
	{"   ", verdict.Origin{Code: "unreadable", Reasons: []string{"empty"}}},
	{"Hej, jeg fik en mail", verdict.Origin{Code: "unreadable", Reasons: []string{"no-host"}}},
	{"https://", verdict.Origin{Code: "unreadable", Reasons: []string{"no-host"}}},
	{"ec.europa.eu og ec-europa.eu", verdict.Origin{Code: "unreadable", Reasons: []string{"several"}}},
	{"ec_europa.eu", verdict.Origin{Code: "unreadable", Reasons: []string{"no-host"}}},
}

func TestOriginReadsEveryShapeOfLine(t *testing.T) {
	for _, c := range originCases {
		if got := Origin(c.in); !sameOrigin(got, c.want) {
			t.Errorf("Origin(%s) = %+v, want %+v", short(c.in), got, c.want)
		}
	}
}

func sameOrigin(a, b verdict.Origin) bool {
	return a.Code == b.Code && a.Host == b.Host && a.Official == b.Official && slices.Equal(a.Reasons, b.Reasons)
}

// FuzzOrigin checks what holds for any line: no panic, only listed codes,
// a host read for every verdict but unreadable, official only for a host
// of plain letters that is europa.eu or ends in .europa.eu, and that host
// judged alone the same way; and an official host made the start of a
// longer name, or put before an @, is no longer official.
func FuzzOrigin(f *testing.F) {
	for _, c := range originCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, line string) {
		v := Origin(line)
		if !slices.Contains(OriginVerdicts, v.Code) {
			t.Fatalf("%s: verdict %q is not in OriginVerdicts", short(line), v.Code)
		}
		for _, r := range v.Reasons {
			if !slices.Contains(OriginReasons, r) {
				t.Errorf("%s: reason %q is not in OriginReasons", short(line), r)
			}
		}
		if (v.Host == "") != (v.Code == "unreadable") || !utf8.ValidString(v.Host) || v.Host != strings.ToLower(v.Host) {
			t.Fatalf("%s: host %q with verdict %q", short(line), v.Host, v.Code)
		}
		if v.Official != (v.Code == "official" || v.Code == "sender") {
			t.Errorf("%s: official %v with verdict %q", short(line), v.Official, v.Code)
		}
		if v.Code == "unreadable" {
			return
		}
		if v.Official && (len(foreignLetters(v.Host)) > 0 || v.Host != OfficialDomain && !strings.HasSuffix(v.Host, "."+OfficialDomain)) {
			t.Errorf("%s: %q judged official", short(line), v.Host)
		}
		if alone := Origin(v.Host); alone.Host != v.Host || alone.Official != v.Official {
			t.Errorf("%s: the host %q alone is judged %+v, the line %+v", short(line), v.Host, alone, v)
		}
		if v.Official {
			for _, trick := range []string{v.Host + ".evil.example", "https://" + v.Host + "@evil.example", "evil.example/" + v.Host} {
				if Origin(trick).Official {
					t.Errorf("%s: %q judged official", short(line), trick)
				}
			}
		}
	})
}
