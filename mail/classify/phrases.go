package classify

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"os"
	"strings"
)

// Phrases is AWS's wording, lower-cased, by what it tells.
type Phrases struct {
	// Merge: the mail is about merging accounts at all.
	Merge []string
	// Completed: AWS reports the merge done.
	Completed []string
	// Consent: AWS asks the requester to confirm the merge.
	Consent []string
}

//go:embed phrases.txt
var builtInText []byte

// builtIn is phrases.txt as shipped; a broken file is a build mistake that
// every test would show, so it panics at start.
var builtIn = func() *Phrases {
	p, err := ParsePhrases(builtInText, "phrases.txt")
	if err != nil {
		panic(err)
	}
	return p
}()

// BuiltInPhrases returns a copy of the phrases certflow ships with.
func BuiltInPhrases() *Phrases {
	return builtIn.with(&Phrases{})
}

// LoadPhrases returns the built-in phrases plus those in the file at path
// (the format of phrases.txt); an empty path gives the built-in ones.
func LoadPhrases(path string) (*Phrases, error) {
	if path == "" {
		return BuiltInPhrases(), nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("AWS phrases: %w", err)
	}
	extra, err := ParsePhrases(b, path)
	if err != nil {
		return nil, err
	}
	return builtIn.with(extra), nil
}

// ParsePhrases reads the phrases.txt format: "[merge]", "[completed]" and
// "[consent]" sections, one phrase per line, # comments. name is used in
// errors only.
func ParsePhrases(b []byte, name string) (*Phrases, error) {
	p := &Phrases{}
	var section *[]string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "["):
			switch line {
			case "[merge]":
				section = &p.Merge
			case "[completed]":
				section = &p.Completed
			case "[consent]":
				section = &p.Consent
			default:
				return nil, fmt.Errorf("%s:%d: unknown section %s (want [merge], [completed] or [consent])", name, n, line)
			}
		case section == nil:
			return nil, fmt.Errorf("%s:%d: phrase %q before any [section]", name, n, line)
		default:
			*section = append(*section, strings.ToLower(line))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return p, nil
}

// with returns p's phrases followed by extra's.
func (p *Phrases) with(extra *Phrases) *Phrases {
	join := func(a, b []string) []string { return append(append([]string{}, a...), b...) }
	return &Phrases{Merge: join(p.Merge, extra.Merge), Completed: join(p.Completed, extra.Completed), Consent: join(p.Consent, extra.Consent)}
}
