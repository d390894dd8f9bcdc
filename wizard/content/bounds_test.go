package content

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// The README states the bounds of a folder of corrections; keep them true.
func TestTheREADMEStatesTheBounds(t *testing.T) {
	buf, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, _ := strings.Cut(string(buf), "## Correcting a text without a new program")
	section, _, _ = strings.Cut(section, "\n## ")
	section = strings.Join(strings.Fields(section), " ")
	for _, stated := range []string{
		fmt.Sprintf("A file at most %d KB", maxFileSize>>10),
		fmt.Sprintf("all files together at most %d MB", maxFolderSize>>20),
		fmt.Sprintf("at most %d files", maxFiles),
		fmt.Sprintf("at most %d entries", maxListed),
		fmt.Sprintf("A text at most %d characters", maxText),
		fmt.Sprintf("a file holds at most %d,%03d names", maxNames/1000, maxNames%1000),
		fmt.Sprintf("and the folder %d,%03d", maxFolderNames/1000, maxFolderNames%1000),
		fmt.Sprintf("at most %d parts and %d characters", maxNameParts, maxNameLength),
		fmt.Sprintf("nest at most %d deep", maxNesting),
		fmt.Sprintf("within %d seconds", int(readTime.Seconds())),
		fmt.Sprintf("`max` from 1 to %d", maxField),
	} {
		if !strings.Contains(section, stated) {
			t.Errorf("the README does not say %q", stated)
		}
	}
}
