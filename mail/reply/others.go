package reply

import "regexp"

// Another person's word or deed told in a reply is not the writer's
// answer: "my husband says it's fine", "my team lead's answer is yes",
// "From my boss: go ahead", 上司は同意しています, "our office manager
// submitted it". The case asks the account's owner, and certflow's consent
// is sent in the owner's name.

// othersSaying are the words of another's saying or agreeing.
const othersSaying = `(?:said|says|told|agreed|agrees|consents?|consented|approved|approves|fine|ok|okay|happy)\b`

// otherPeople are the people besides the writer a reply may speak of.
const otherPeople = `(?:manager|boss|supervisor|colleague|coworker|co-worker|teammate|team lead|lead|director|` +
	`head|owner|assistant|secretary|admin|administrator|hr|legal|legal team|it team|it department|husband|wife|` +
	`partner|spouse|family|father|mother|dad|mum|mom|son|daughter|brother|sister|cousin|uncle|aunt|parent|` +
	`flatmate|roommate|friend|employer|cto|ceo|cfo)s?`

var (
	// othersWord is another person's saying, consent or seeing, the
	// person named with a determiner and perhaps a word or two before
	// ("my line manager agrees", "our account owner's answer is yes").
	othersWord = regexp.MustCompile(`\b(?:my|our|the|his|her)\s+(?:[a-z-]+\s+){0,2}?` + otherPeople +
		`(?:'s?)?\s+(?:(?:also|too|now)\s+)?(?:says?|said|tells?|told|thinks?|confirms?|confirmed|agrees?|agreed|` +
		`approves?|approved|consents?|consented|answers?|answered|replies|replied|response|reply|wants|` +
		`(?:is|was|are|were)\s+(?:ok|okay|fine|happy|good)|can see|could see|sees|saw|wrote|writes|emailed|` +
		`messaged|texted|does|did|decides?|decided|deciding|decision|choice|call|say-so)\b|` +
		// Another left to decide: "it's up to my manager", "whatever my boss decides".
		`\bup to (?:my|our|the)\s+(?:[a-z-]+\s+){0,2}?` + otherPeople + `\b|` +
		`\bon behalf of\b|\bon (?:his|her|their|[a-z]+'s) behalf\b|` +
		// The saying put after what was said: "Go ahead, says my boss".
		`\b(?:says|said|writes|wrote|replied|answered|confirms|confirmed)\s+(?:my|our|the)\s+(?:[a-z-]+\s+){0,2}?` +
		otherPeople + `\b|` +
		// Another's words pointed to or passed on ("From my boss:", "See below from my manager:").
		`^(?:(?:see|read)\s+)?(?:below|above|the below|the following|this|here|forwarding|forwarded|fwd|reply|` +
		`answer|response|note)?\s*from\s+(?:my|our|the)\s+(?:[a-z-]+\s+){0,2}?` + otherPeople + `$|` +
		// He, she or a named person as the one who said or agreed ("He's fine with it", "Sato-san agreed"),
		// or the writer as another's ("I'm Ken's wife", "Tanaka's secretary").
		`^(?:he|she|[a-z]+-san)(?:'s|\s+is|\s+was)?\s+(?:\w+\s+){0,2}?` + othersSaying + `|` +
		`\b[a-z]+'s\s+(?:secretary|assistant|wife|husband|spouse|colleague|manager|boss|admin|administrator|son|` +
		`daughter|father|mother)\b`)
	// namedSays is a capitalised name as the one who said or agreed, told
	// by the capitals of the sentence as written ("Ken said yes").
	namedSays = regexp.MustCompile(`^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:said|says|agreed|agrees|consents|consented|` +
		`approved|approves|is fine|is ok|is okay|wants)\b`)
	// jaOthersWord is another person as the subject (上司は同意しています,
	// 家族が統合に同意しました): the answer after it is theirs.
	jaOthersWord = regexp.MustCompile(`^(?:弊社の|当社の|私の|うちの|わたしの)?` +
		`(?:同僚|上司|部下|担当者|管理者|総務|人事|情シス|法務|家族|夫|妻|主人|友人|先輩|後輩|部長|課長|社長|` +
		`チーム|マネージャー|本人|ご本人|[一-龯]{1,4}さん)(?:は|が|も|から(?:は|も)?)`)
	// jaReportedFrom is what another said, quoted by と and the person
	// after it (同意しますと上司から, 進めてくださいと部長より, 統合OKですと
	// 夫が): the answer before it is theirs.
	jaReportedFrom = regexp.MustCompile(`(?:と|って)、?(?:弊社の|当社の|私の|うちの)?` +
		`(?:同僚|上司|部下|担当者|管理者|総務|人事|情シス|法務|家族|夫|妻|主人|友人|先輩|後輩|部長|課長|社長|` +
		`チーム|マネージャー|[一-龯]{1,4}さん)(?:から|より|が|は|に)`)
	// otherSubject is another person opening a sentence as its subject.
	otherSubject = regexp.MustCompile(`^(?:my|our|the)\s+(?:[a-z-]+\s+){0,2}?` + otherPeople + `\s+`)
	// toOther is a piece that names who or what a form went to, not AWS
	// ("To HR, that is.", "- to my boss", "(to our internal portal)").
	toOther = regexp.MustCompile(`^\(?(?:and\s+|but\s+|sent\s+|submitted\s+|it went\s+)?to\s+(?:(?:my|our|the|a)\s+)?` +
		`(?:[a-z-]+\s+){0,2}?(?:` + otherPeople + `|internal|intranet|company|own|team|department|dept|inbox|` +
		`helpdesk|ticketing)\b|^(?:社内|上司|人事|同僚|管理者|総務|法務|部長|課長)[^。、]{0,12}(?:に|へ)(?:です)?$`)
	// capsDoer is IT or HR as the one who did it ("IT linked it"), told
	// by its capitals apart from the pronoun "it".
	capsDoer = regexp.MustCompile(`(?:^|[^A-Za-z])(?:IT|HR)(?:\s+(?:team|dept|department|guy|person|folks|staff))?` +
		`\s+(?:linked|submitted|sent|did|filled|completed|handled|connected|set)\b`)
	// adjDoer is another person named with a word before the doer
	// ("our office manager", "my line manager"), which otherDoer lacks.
	adjDoer = regexp.MustCompile(`\b(?:my|our|the)\s+[a-z-]+\s+(?:manager|admin|administrator|assistant|` +
		`secretary|lead|supervisor|colleague|coworker|boss)s?\b`)
)

// speaksForOther reports a sentence that tells another person's word, or
// has another as its subject.
func speaksForOther(work []byte) bool {
	return othersWord.Match(work) || jaOthersWord.Match(work) || jaReportedFrom.Match(work)
}
