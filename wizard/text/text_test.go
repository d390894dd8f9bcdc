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

// T without data and When are worked out once and then remembered: the
// remembered words are the same as the first, and data still counts.
func TestRememberedWordsAreTheSame(t *testing.T) {
	files := fstest.MapFS{"active.da.toml": {Data: []byte(`hej = "Hej {{.Name}}"
fast = "Altid ens"
[date]
today = "i dag, den {{.Day}}. {{.Month}}"
yesterday = "i går, den {{.Day}}. {{.Month}} {{.Year}}"
months = "januar februar marts april maj juni juli august september oktober november december"
[date.days-ago]
one = "den {{.Day}}. {{.Month}} – for {{.Count}} dag siden"
other = "den {{.Day}}. {{.Month}} – for {{.Count}} dage siden"
`)}}
	tr, err := Load(files, "da", "da")
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		for _, c := range []struct{ got, want string }{
			{tr.T("fast"), "Altid ens"},
			{tr.T("missing"), "missing"},
			{tr.T("hej"), "Hej <no value>"},
			{tr.T("hej", Data{"Name": "Åse"}), "Hej Åse"},
			{tr.T("hej", Data{"Name": "Bent"}), "Hej Bent"},
		} {
			if c.got != c.want {
				t.Errorf("got %q, want %q", c.got, c.want)
			}
		}
	}
	day := time.Date(2026, 11, 18, 0, 0, 0, 0, time.UTC)
	for range 2 {
		for _, c := range []struct {
			day  time.Time
			ago  int
			want string
		}{
			{day, 0, "i dag, den 18. november"},
			{day, 1, "i går, den 18. november 2026"},
			{day, 4, "den 18. november – for 4 dage siden"},
			{day.AddDate(1, 0, 0), 1, "i går, den 18. november 2027"},
			{day.AddDate(0, 1, 0), 4, "den 18. december – for 4 dage siden"},
			{day.AddDate(0, 0, 1), 4, "den 19. november – for 4 dage siden"},
		} {
			if got := tr.When(c.day, c.ago); got != c.want {
				t.Errorf("%s, %d days ago: %q, want %q", c.day.Format(time.DateOnly), c.ago, got, c.want)
			}
		}
	}
	for i := range 3 * maxDates { // more days than are remembered
		d := day.AddDate(0, 0, -i)
		if got, want := tr.When(d, i), tr.when(d, i); got != want {
			t.Fatalf("%d days ago: %q, want %q", i, got, want)
		}
	}
	if len(tr.dates) > maxDates {
		t.Errorf("%d dates remembered, at most %d", len(tr.dates), maxDates)
	}
}

// Two goroutines may use one translator (run with -race).
func TestTranslatorFromGoroutines(t *testing.T) {
	files := fstest.MapFS{"active.da.toml": {Data: []byte("a = \"A\"\nb = \"B {{.N}}\"\n[date]\ntoday = \"{{.Day}}. {{.Month}}\"\nmonths = \"jan feb mar apr maj jun jul aug sep okt nov dec\"\n")}}
	tr, err := Load(files, "da", "da")
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
	done := make(chan string)
	for g := range 4 {
		go func() {
			for i := range 200 {
				if tr.T("a") != "A" || tr.T("b", Data{"N": g}) != "B "+string(rune('0'+g)) ||
					tr.When(day.AddDate(0, 0, i%7), 0) != tr.when(day.AddDate(0, 0, i%7), 0) {
					done <- "wrong words"
					return
				}
			}
			done <- ""
		}()
	}
	for range 4 {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}

func TestALanguageMayBeSplitIntoParts(t *testing.T) {
	files := fstest.MapFS{
		"active.da.toml": {Data: []byte("hej = \"Hej\"\n")},
		"help.da.toml":   {Data: []byte("[help.sms]\ntitle = \"Sms virker ikke\"\n")},
		"help.en.toml":   {Data: []byte("[help.sms]\ntitle = \"SMS no longer works\"\n")},
		"active.en.toml": {Data: []byte("hej = \"Hello\"\n")},
	}
	tr, err := Load(files, "en", "da")
	if err != nil {
		t.Fatal(err)
	}
	if got := tr.T("help.sms.title"); got != "SMS no longer works" {
		t.Errorf("a part's message: %q", got)
	}
	msgs, err := Messages(files, "da")
	if err != nil || msgs["help.sms.title"]["other"] != "Sms virker ikke" || msgs["hej"]["other"] != "Hej" {
		t.Errorf("Messages gave %v, %v", msgs, err)
	}
	files["more.da.toml"] = &fstest.MapFile{Data: []byte("hej = \"Goddag\"\n")}
	if _, err := Messages(files, "da"); err == nil {
		t.Error("a message in two files of one language was taken; one would hide the other")
	}
}

// Around gives what T gives for a message with the field once, however the
// value changes; for a message with the field twice, or not at all, too.
func TestAroundIsTWithTheValueSet(t *testing.T) {
	files := fstest.MapFS{"active.da.toml": {Data: []byte(`ny = "Lav en ny person: {{.Profile}}."
to = "{{.Profile}} og {{.Profile}}"
uden = "Ingen navn her"
`)}}
	tr, err := Load(files, "da", "da")
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"ny", "to", "uden"} {
		for _, value := range []string{"Åse", "B", "", "Åse Bent-Hansen"} {
			if got, want := tr.Around(id, "Profile", value), tr.T(id, Data{"Profile": value}); got != want {
				t.Errorf("Around(%q, %q) = %q, T gives %q", id, value, got, want)
			}
		}
	}
}
