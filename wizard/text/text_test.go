package text

import (
	"testing"
	"testing/fstest"
	"time"
)

func TestLanguageFromTheEnvironment(t *testing.T) {
	cases := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"LANG": "da_DK.UTF-8"}, "da"},
		{map[string]string{"LANG": "en_GB.UTF-8"}, "en"},
		{map[string]string{"LANG": "en_US@euro"}, "en"},
		{map[string]string{"LANG": "C"}, "da"},
		{map[string]string{"LC_ALL": "POSIX", "LANG": "en_US.UTF-8"}, "en"},
		{map[string]string{"LC_ALL": "en_IE.UTF-8", "LANG": "da_DK.UTF-8"}, "en"},
		{map[string]string{"LC_MESSAGES": "en", "LANG": "da_DK"}, "en"},
		{map[string]string{"LANG": "fr_FR.UTF-8"}, "da"},
		{map[string]string{"LANG": "???"}, "da"},
		{map[string]string{}, "da"},
	}
	for _, c := range cases {
		got := FromEnv(func(k string) string { return c.env[k] }, []string{"da", "en"}, "da")
		if got != c.want {
			t.Errorf("%v: %s, want %s", c.env, got, c.want)
		}
	}
}

func TestMessagesPluralsAndFallback(t *testing.T) {
	files := fstest.MapFS{
		"active.da.toml": {Data: []byte("hej = \"Hej {{.Name}}\"\nkun-dansk = \"Kun her\"\n[typed]\none = \"{{.Count}} tegn\"\nother = \"{{.Count}} tegn\"\n")},
		"active.en.toml": {Data: []byte("hej = \"Hello {{.Name}}\"\n[typed]\none = \"{{.Count}} character\"\nother = \"{{.Count}} characters\"\n")},
	}
	tr, err := Load(files, "en", "da")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ got, want string }{
		{tr.T("hej", Data{"Name": "Åse"}), "Hello Åse"},
		{tr.T("typed", Data{"Count": 1}), "1 character"},
		{tr.T("typed", Data{"Count": 11}), "11 characters"},
		{tr.T("kun-dansk"), "Kun her"},
		{tr.T("missing"), "missing"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestDatesInWords(t *testing.T) {
	files := fstest.MapFS{"active.da.toml": {Data: []byte(`[date]
today = "i dag, den {{.Day}}. {{.Month}}"
yesterday = "i går, den {{.Day}}. {{.Month}}"
months = "januar februar marts april maj juni juli august september oktober november december"
[date.days-ago]
one = "den {{.Day}}. {{.Month}} – for {{.Count}} dag siden"
other = "den {{.Day}}. {{.Month}} – for {{.Count}} dage siden"
`)}}
	tr, err := Load(files, "da", "da")
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 11, 18, 0, 0, 0, 0, time.UTC)
	for days, want := range map[int]string{
		0: "i dag, den 18. november",
		1: "i går, den 18. november",
		4: "den 18. november – for 4 dage siden",
	} {
		if got := tr.When(day, days); got != want {
			t.Errorf("%d days ago: %q, want %q", days, got, want)
		}
	}
}
