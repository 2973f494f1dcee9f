package reply

// An answer's words put after "to" ("happy to consent", "I forgot to get
// it done") are what a word before them governs: a wish, a readiness, a
// success, or a refusal, a fear, an attempt, a hope. Only the governors
// that keep it the writer's answer may stand before it; any other makes
// the sentence a doubt for a person ("I refuse to consent", "I'm afraid
// to go ahead", "I tried to get it linked", "hoping to get it submitted").

// keepsAnswer are the governors of "to <answer>" that keep the answer: a
// consent's willingness, a choice made, a wish for it, or a success
// ("managed to get it done", "was able to get them linked").
var keepsAnswer = words("happy", "glad", "fine", "ok", "okay", "alright", "right", "good", "willing", "pleased",
	"delighted", "free", "like", "love", "want", "wish", "prepared", "content", "keen", "ready", "eager",
	"comfortable", "decided", "opted", "chose", "elected", "agree", "agreed", "proceed", "able", "managed")

// governedThrough are the words between "to" and the answer that still
// leave the answer governed ("to get it done", "to have them linked").
var governedThrough = words("get", "got", "have", "it", "them", "this", "that", "both", "all", "everything")

// governedObjects stand between a governor and "to" ("happy for you to
// merge them", "I'd like you to go ahead"): the governor is before them.
var governedObjects = words("you", "them", "us", "for", "certflow")

// governedAgainst reports an English answer phrase after "to" whose
// governor is not one of keepsAnswer: the answer is what someone fears,
// refuses, tried, forgot, hopes or has yet to do, for a person to read.
// A governor that is itself an answer phrase ("yes to merging") is none.
func governedAgainst(work []byte, ms []match) bool {
	ts := tokens(work)
	word := func(k int) string { return string(work[ts[k][0]:ts[k][1]]) }
	for _, m := range ms {
		if m.japanese || m.negated || m.answer == Unclear || m.answer == No {
			continue
		}
		k := firstTokenAt(ts, m.start) - 1
		for n := 0; n < 2 && k >= 0 && governedThrough[word(k)]; n++ {
			k--
		}
		if k < 0 || word(k) != "to" {
			continue
		}
		for k--; k >= 0 && governedObjects[word(k)]; k-- {
		}
		if k >= 0 && !keepsAnswer[word(k)] && !insideMatch(ts[k], ms) {
			return true
		}
	}
	return false
}

// firstTokenAt is the index of the first token of ts that ends after at.
func firstTokenAt(ts [][2]int, at int) int {
	for k, t := range ts {
		if t[1] > at {
			return k
		}
	}
	return len(ts)
}

// insideMatch reports a token that lies inside one of the answer phrases.
func insideMatch(t [2]int, ms []match) bool {
	for _, m := range ms {
		if t[0] >= m.start && t[1] <= m.end {
			return true
		}
	}
	return false
}
