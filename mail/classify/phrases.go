package classify

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"os"
	"strings"
)

// Phrases is AWS's wording, normalised as text is read (see normalize), by
// what it tells. The sections are described in phrases.txt.
type Phrases struct {
	// Merge: the text is about merging accounts at all.
	Merge []string
	// Completed: a clause that says the merge is done.
	Completed []string
	// Consent: words of agreement; Weak ones count only next to Merge.
	Consent, WeakConsent []string
	// Ask: the sentence asks the reader to do something; Reply: to answer.
	Ask, Reply []string
	// Thanks: the sentence thanks for what was already given.
	Thanks []string
	// Negation, Conditional: a clause with one says no completion.
	Negation, Conditional []string
	// Benign: negations that say nothing about the merge, removed first.
	Benign []string
	// Refusal: AWS will not merge; Temporary: not now, but later.
	Refusal, Temporary []string
	// Contrast: a "but" that keeps a completion from standing alone.
	Contrast []string
	// Closing: AWS closes the case (a refusal when the merge did not happen).
	Closing []string
	// MoreInfo, Acknowledgement: what other AWS mail is.
	MoreInfo, Acknowledgement []string
	// Intent: what the reader wants or decided; confirming one of these
	// (or the merge, or a consent word) is agreeing, not giving a detail.
	Intent []string
	// Yes: a bare yes, as words the reader is asked to reply with.
	Yes []string
	// Pointer: words that point to a list ("the following", 以下).
	Pointer []string
	// Replied: the reader has already replied; the words quoted are theirs.
	Replied []string
	// Pending: the merge, or a part of it, is not done yet.
	Pending []string
	// Undone: the merge, or the move, was undone.
	Undone []string
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

// sections maps a section name of phrases.txt to its field.
func (p *Phrases) sections() map[string]*[]string {
	return map[string]*[]string{
		"merge": &p.Merge, "completed": &p.Completed, "consent": &p.Consent, "ask": &p.Ask,
		"reply": &p.Reply, "thanks": &p.Thanks, "negation": &p.Negation, "conditional": &p.Conditional,
		"benign": &p.Benign, "refusal": &p.Refusal, "temporary": &p.Temporary, "contrast": &p.Contrast,
		"more_info": &p.MoreInfo, "acknowledgement": &p.Acknowledgement, "intent": &p.Intent, "yes": &p.Yes,
		"pointer": &p.Pointer, "replied": &p.Replied, "pending": &p.Pending, "closing": &p.Closing,
		"undone": &p.Undone,
	}
}

// ParsePhrases reads the phrases.txt format: "[section]" lines, one phrase
// per line, # comments; in [consent] a phrase starting with "~" is weak.
// name is used in errors only.
func ParsePhrases(b []byte, name string) (*Phrases, error) {
	p := &Phrases{}
	sections := p.sections()
	var section *[]string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			s, ok := sections[strings.Trim(line, "[]")]
			if !ok {
				return nil, fmt.Errorf("%s:%d: unknown section %s (want one of [merge], [completed], [consent], "+
					"[ask], [reply], [thanks], [negation], [conditional], [benign], [refusal], [temporary], [contrast], "+
					"[more_info], [acknowledgement], [intent], [yes], [pointer], [replied], [pending], [closing], [undone])",
					name, n, line)
			}
			section = s
		case section == nil:
			return nil, fmt.Errorf("%s:%d: phrase %q before any [section]", name, n, line)
		case section == &p.Consent && strings.HasPrefix(line, "~"):
			p.WeakConsent = append(p.WeakConsent, normalize(strings.TrimPrefix(line, "~")))
		default:
			*section = append(*section, normalize(line))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return p, nil
}

// with returns p's phrases followed by extra's.
func (p *Phrases) with(extra *Phrases) *Phrases {
	out := &Phrases{}
	dst, a, b := out.sections(), p.sections(), extra.sections()
	for k, d := range dst {
		*d = append(append([]string{}, *a[k]...), *b[k]...)
	}
	out.WeakConsent = append(append([]string{}, p.WeakConsent...), extra.WeakConsent...)
	return out
}
