package reply

import (
	"regexp"
	"strings"
	"unicode"
)

// Side remarks are the sentences people write beside an answer that say
// nothing about the question: why the answer comes late (an apology for
// the delay, an absence, being busy, catching up on mail), thanks for the
// help, a well-wish, an offer of more help, "no rush". Read sets them
// aside before it reads the rest, so "Yes please! Sorry for the slow
// reply, I was on PTO last week." is read as "Yes please!".
//
// It is a whitelist of whole clauses: a piece is set aside only when all
// of it, from its first word to its last, is one of the families below
// (or several joined by a comma, "and" or "so"). Anything else in it, a
// reason that could change the answer ("I was on PTO, so I haven't
// checked which account to keep"), a question, a condition, who owns the
// accounts, that the mail was received ("thanks for the email"), another
// person's say, leaves the piece to be read as before. The costs are not
// even: a false Yes may send a consent that cannot be undone, so a
// family that could also tell something of the answer is left out.

// remarkClause is one clause of a side remark, lower-cased, between
// anchors added by sideRemark.
var remarkClause = strings.Join([]string{
	delayApology, absence, busySpell, backFrom, catchingUp, onThePhone, thanksForHelp, wellWish, helpOffer, noRush,
	noReminders, jaRemark, screenshotOffer,
}, "|")

// noReminders asks certflow to stop its reminders ("pls stop reminding me
// :)", "no need to keep chasing me", "no more reminders please"): of the
// mail, not of the act, whatever the answer beside it.
const noReminders = `(?:(?:please|pls|plz|kindly|you can|so you can|and) )*(?:stop|quit) (?:(?:reminding|chasing|` +
	`nudging|pinging) (?:me|us)|(?:the |these |your )?reminders)(?: (?:now|any ?more|please))*(?: ?[:;]-?[)d])?|` +
	`no (?:more )?need to (?:keep )?(?:remind(?:ing)?|chas(?:e|ing)|nudg(?:e|ing)|ping(?:ing)?) (?:me|us)(?: (?:now|any ?more))*` +
	`(?: ?[:;]-?[)d])?|no (?:more )?reminders(?: (?:needed|necessary|please))?(?: ?[:;]-?[)d])?`

// jaRemark is the Japanese families, one or more: a Japanese clause may
// run into the next without a mark (出張中のため返信が遅くなりました,
// 体調不良でお休みをいただいておりました).
var jaRemark = `(?:` + jaClause + `)(?:(?:, )?(?:` + jaClause + `))*`

var jaClause = strings.Join([]string{jaDelayApology, jaAbsence, jaThanks, jaWellWish, jaHelpOffer, jaScreenshotOffer,
	jaNoReminders}, "|")

// noRemindersRE is a whole piece that only asks to stop the reminders.
var noRemindersRE = regexp.MustCompile(`^(?:` + noReminders + `|` + jaNoReminders + `)$`)

// jaNoReminders is noReminders in Japanese: リマインドはもう不要です, 催促は結構です.
const jaNoReminders = `(?:リマインド|リマインダー|督促|催促)(?:メール)?(?:は|の(?:ご連絡|メール)?は)?(?:もう)?(?:不要|結構|必要ありません)` +
	`(?:です)?`

// remarkSep joins two clauses of one remark: "I was on PTO and only now
// catching up", "…, so sorry for the delay", 不在にしており、返信が遅くなりました.
const remarkSep = `(?:, (?:and |so |but |as |which is why )?| (?:and|so|but|as) |; | & )`

// bareSorry is a bare apology, which joins a remark only beside another
// clause of one ("Sorry, just back from a workshop"; "I was away, sorry"):
// alone it is a courtesy already (courtesies), and no family of its own.
const bareSorry = `(?:(?:so |very |really )?(?:sorry|apologies|my apologies|i'm sorry|i am sorry)|すみません|申し訳ありません|` +
	`申し訳ございません)`

var (
	sideRemarkRE = remarkRE(remarkClause)
	// beforeAnswerRE adds how the writer found out (checkedHow), which is
	// set aside only before the answer: after a bare "Yes" it may be what
	// the Yes says ("Yes. Checked this morning": I did check); and a
	// greeting that opens the reply (greetingOpener).
	beforeAnswerRE = remarkRE(remarkClause + "|" + checkedHow + "|" + jaCheckedHow + "|" + greetingOpener + "|" +
		awayOffline + "|" + missedMail + "|" + jaMissedMail + "|" + unnoticedAccount + "|" + jaUnnoticedAccount)
	// whenAsked is the one question that may stand beside a Yes: when the
	// merge will be done, asked of the merge or the consent by name. It
	// changes nothing of the consent, and asked of "it" alone it may ask
	// when the certifications will show (see reading.askedWhen).
	whenAskedRE = regexp.MustCompile(`^(?:(?:` + noRush + `|quick question|one question|btw|by the way|also|and|ps)` +
		`(?:, | ))?(?:` + whenAsked + `)$`)
)

// unnoticedAccount owns, before the answer, that the writer had not known
// of the second account the case is about: "I hadn't realised the old
// account was still there", "I didn't know I had two accounts". Only of the
// account: not knowing how or which is a doubt, and of a failure a story.
const unnoticedAccount = `(?:(?:i|we) (?:hadn't|had not|didn't|did not|never) (?:even )?(?:realised|realized|` +
	`noticed|known|knew|know|realise|realize|notice)|(?:i|we) (?:wasn't|was not|weren't|were not) aware) ` +
	`(?:of |about |that )?(?:(?:i|we) (?:had|still had|have) (?:two|2|a second|another|an old|an extra|more than one|` +
	`a duplicate) (?:aws )?(?:certification )?(?:accounts?|logins?|profiles?)|(?:the|my|an) (?:old|other|second|` +
	`former|previous|personal|duplicate|extra) (?:aws )?(?:certification )?(?:account|address|login|profile|one)` +
	`(?: (?:was|is) still (?:there|around|active|open|alive)| still existed| existed)?)`

// jaUnnoticedAccount is unnoticedAccount in Japanese: 旧アカウントが残って
// いたこと、気づいておりませんでした; 別のアカウントがあったことは知りません
// でした.
const jaUnnoticedAccount = `(?:旧|古い|前の|以前の|昔の|もう一つの|もうひとつの|別の|2つ目の|二つ目の)?(?:アカウント|アドレス)` +
	`(?:\([^)]{1,20}\))?(?:が|も)(?:(?:まだ)?残った?まま(?:に)?なって(?:い|おり|お)た|(?:まだ)?残って(?:い|おり|お)た|` +
	`あった|存在して(?:い|おり|お)た|(?:2|二)つあった)(?:こと|の)(?:は|に)?(?:, )?(?:(?:気づいて|気付いて|気がついて|` +
	`気が付いて)(?:おりませんでした|いませんでした|いなかったです|なかったです)|知りませんでした|存じませんでした|` +
	`把握しておりませんでした|把握していませんでした)`

// delayApology is an apology for the late answer, in its many shapes:
// "sorry for the slow reply", "apologies for the delay on my end", "sorry
// it took me so long to get back to you", "sorry for not replying sooner",
// "late reply, sorry".
const delayApology = `(?:(?:so |very |really |terribly |super |awfully )?(?:sorry|apologies|my apologies|` +
	`many apologies|sincere apologies|i apologi[sz]e|i'm sorry|i am sorry|i'm so sorry|` +
	`i am so sorry)(?: again)? (?:(?:for|about) (?:(?:the|my|this) )?(?:(?:very|rather|really|super|bit of a|` +
	`slightly|somewhat|extremely) )?(?:(?:slow|late|delayed|belated|tardy|short|brief|quick) (?:reply|response|answer|one|` +
	`turnaround|note)|delay|wait|long wait|radio silence|silence|lag)(?: (?:in|with|on) (?:replying|responding|` +
	`answering|getting back(?: to you)?|my (?:reply|response|answer)|this))?(?: on my (?:end|side|` +
	`part))?(?: here)?|(?:for|about) (?:not )?(?:replying|responding|answering|getting back(?: to you)?|` +
	`writing back|coming back to you)(?: (?:sooner|earlier|quicker|faster|more quickly|before now|right away|` +
	`straight away|on this))*|(?:for )?(?:keeping you waiting|taking so long|taking this long|taking a while|` +
	`the wait)|(?:that )?(?:i'm|i am|i was|it's|it is|this is|i've been) (?:so |a bit |a little |rather )?(?:late|` +
	`slow)(?: (?:in|with|to|on) (?:replying|responding|answering|getting back(?: to you)?|this|reply|respond))?|` +
	`(?:that )?it (?:took|has taken|'s taken) (?:me )?(?:so long|a while|a bit|this long|some time|a few days|` +
	`a couple of days|ages|forever)(?: to (?:reply|respond|answer|get back(?: to you)?|write back|get to this))?|` +
	`(?:that )?i (?:didn't|did not|couldn't|could not|wasn't able to|was not able to) (?:reply|respond|answer|` +
	`get back(?: to you)?|write back|get to this)(?: (?:sooner|earlier|before now|right away|straight away|quicker|` +
	`faster))+)|(?:late|slow|delayed) (?:reply|response)(?: on my (?:end|side|part))?,? (?:sorry|apologies))`

// absence tells that the writer was away or busy: "I was on PTO all of
// last week", "I've been travelling", "I was out sick for a few days",
// "I've been swamped with year-end work".
const absence = `(?:(?:i was|i've been|i have been|i had been|i'd been|i've just been|i have just been|i was just|` +
	`i'm|i am|been|was|we were|we've been) (?:(?:just|only|also|really|a bit|a little|very|so|pretty|quite|super|` +
	`completely|totally|mostly|basically) )?(?:on (?:pto|vacation|holiday|holidays|leave|annual leave|` +
	`parental leave|paternity leave|maternity leave|sick leave|medical leave|a trip|a business trip|business trip|` +
	`business travel|the road|an offsite|an off-site|a customer site|site|a training course|a course|training|` +
	`jury duty)|out (?:on (?:pto|leave|vacation|holiday|sick leave)|of (?:the )?(?:office|town|country)|sick)|` +
	`off (?:sick|work|on leave)|(?:out|off)(?: ` + absenceWhen + `)|away(?: (?:on (?:holiday|vacation|leave|business|a trip)|from ` +
	`(?:my desk|the office|work|my laptop|my computer)))?|travell?ing(?: for work| on business)?|at (?:a conference|` +
	`a summit|re:invent|reinvent|an event|a customer workshop|a workshop|a training|an offsite|an off-site|` +
	`a customer site|a customer's site|a customer|an onsite)|in (?:meetings|workshops|back-to-back meetings|` +
	`back to back meetings|training|the hospital|hospital)|sick|ill|unwell|under the weather|(?:busy|swamped|` +
	`slammed|snowed under|flat out|tied up|heads-down|heads down|overloaded)(?: with (?:work|customer work|` +
	`a project|other things|year-end|year end|quarter-end|quarter end|a deadline|deadlines|meetings|a release|` +
	`month-end|month end)(?: work)?)?|offline|moving(?: house| flat| home| office)?|relocating)(?: ` + illness +
	`)?(?: ` + placeNamed + `)?` + absenceTime + `(?: ` + placeNamed + `)?(?: ` + noDevice + `)?)`

// noDevice is what the writer was away without, that kept them from their
// mail: "with no laptop", "without my work laptop". Only devices and
// mail, never an account (no access to the old account is no absence).
const noDevice = `(?:with no |without (?:my |a |any )?)(?:work )?(?:laptop|computer|pc|internet|wifi|wi-fi|signal|` +
	`e-?mail|mail)(?: access)?`

// illness is what kept the writer off: "off work with the flu", "out sick
// with covid".
const illness = `with (?:the |a |an )?(?:flu|cold|covid|covid-19|fever|bug|virus|migraine|stomach bug|food poisoning)`

// placeNamed is where the writer was, as sideRemark writes a place's
// name (placeName): "on a customer site in Lyon", "on a trip to New York".
const placeNamed = `(?:in|to) somewhere`

// placeName is a place's name after "in" or "to": one to three
// capitalised words, none of them all capitals (AWS, APN) or a name of the
// pages and accounts of the case (Partner Central, Credly), which are no
// place one is away at.
var placeName = regexp.MustCompile(`\b(in|to) ((?:[A-Z][a-z]+)(?: [A-Z][a-z]+){0,2})\b`)

// pageNames are the capitalised names of the pages and accounts of the
// case, which placeName does not take for a place.
var pageNames = regexp.MustCompile(`\b(?:Partner|Central|Credly|Certmetrics|CertMetrics|Skill|Builder|Pearson|` +
	`Vue|Amazon|Gmail|Outlook|Microsoft|Google|Profile|Account|Portal|Console|Network)\b`)

// awayOffline is an absence with a poor connection there: "I was in
// Lyon all week and the wifi was hopeless". Set aside only before the
// answer: after a Done or Submitted a poor connection may be why it did
// not go through.
const awayOffline = absence + `(?:` + remarkSep + poorConnection + `| with (?:no|barely any|hardly any|patchy|` +
	`limited|poor) (?:internet|wifi|wi-fi|signal|reception|connection|connectivity))`

// missedMail tells why the mail was answered late though the writer was
// there: it went to spam, was buried in the inbox, or was only just seen
// ("your mail ended up in my spam folder", "I only just saw this",
// メールが迷惑メールフォルダに入っていました). Set aside only before the
// answer: after a bare "Yes" it may be what the Yes answers (that the mail
// came).
const missedMail = `(?:(?:your|the|this|that|the original|your original) (?:mail|email|e-mail|message|note)|this|it)` +
	`(?: somehow)? (?:ended up|went|landed|got caught|was caught|got filtered|was filtered|got buried|was buried|` +
	`got lost|was sitting)(?: (?:in|into|to|by) (?:my |the |our )?(?:spam|junk|spam folder|junk folder|spam filter|` +
	`junk mail|quarantine|clutter folder|other tab|inbox|mailbox|backlog))?|i (?:only )?(?:just )?(?:saw|noticed|` +
	`found) (?:this|it|your (?:mail|email|message)) (?:just )?(?:now|today|this morning)|i (?:only )?just saw ` +
	`(?:this|it|your (?:mail|email|message))|i (?:had )?(?:somehow )?missed (?:this|it|your (?:mail|email|message))` +
	`(?: (?:somehow|earlier|before))?`

// jaMissedMail: メールが迷惑メールフォルダに入っていました, 見落としておりました.
const jaMissedMail = `(?:(?:ご連絡|メール|ご案内)(?:が|を)?)?(?:迷惑メール(?:フォルダ)?に(?:入って|振り分けられて)(?:おりました|いました|おり|いて)|` +
	`見落として(?:おりました|いました|おり|しまい(?:ました)?))`

// busySpell tells that a time was busy: "it's been a crazy week", "things
// have been hectic".
const busySpell = `(?:it's|it has|it is|things have|life has|work has) (?:just )?been (?:(?:a|an) )?(?:(?:really|very|` +
	`super|bit of a|pretty|a bit|quite|rather) )?(?:crazy|busy|hectic|mad|manic|long|rough|chaotic|intense|full-on)` +
	`(?: (?:week|few days|couple of weeks|month|time|stretch|couple of days))?(?: (?:at work|here|for me|lately))?`

// poorConnection tells that the connection was poor where the writer was:
// "the wifi there was hopeless", "I had no signal most of the time",
// "barely any internet". Told as past: a connection poor now may be why
// no answer can be given.
const poorConnection = `(?:(?:the |my )?(?:wifi|wi-fi|internet|connection|signal|reception|network|` +
	`mobile data)(?: (?:there|at the hotel|at the venue|on site|onsite|on the site|at the site))? (?:was|were|` +
	`had been) (?:(?:so|really|pretty|very|completely|totally|absolutely|a bit|quite) )?(?:hopeless|terrible|` +
	`awful|bad|poor|patchy|spotty|non-existent|nonexistent|down|flaky|useless|unusable|unreliable|dreadful|` +
	`horrible|rubbish|dead|slow)|(?:i )?(?:had|got) (?:no|barely any|hardly any|patchy|limited|poor|spotty|` +
	`little) (?:wifi|wi-fi|internet|connection|signal|reception|connectivity|mobile data)(?: (?:there|most of ` +
	`the time|the whole time|all week|at the hotel))?)`

// absenceTime is when or how long the writer was away: "all of last
// week", "for a few days", "over the holidays", "until yesterday".
const absenceTime = `(?: ` + absenceWhen + `){0,2}`

// absenceWhen is one time of absenceTime. A bare "out" or "off" takes
// one: "I was out last week", not "I'm out", which may opt out.
const absenceWhen = `(?:(?:(?:all|most|much|the rest) of (?:last|this|the|the past) week|(?:(?:all|most of|` +
	`for) )?(?:last|this|the past|the last|past) (?:week|two weeks|few days|couple of (?:days|weeks)|month|` +
	`weekend)|for (?:a|one|two|three|a few|a couple of|several|the) (?:days?|weeks?)|for (?:a bit|a while|the week|` +
	`the holidays)|over (?:the )?(?:holidays|holiday|weekend|break|new year|christmas(?: break)?|long weekend)|` +
	`(?:until|till|since) (?:today|yesterday|this morning|last week|monday|tuesday|wednesday|thursday|friday|` +
	`saturday|sunday|the weekend)|recently|lately|all week|the whole week|these past few days|at the moment|` +
	`right now|this week))`

// backFrom tells that the writer is back: "just back from a customer
// workshop", "I'm back in the office today".
const backFrom = `(?:(?:(?:i'm|i am|i've|i have|i|just|only|finally|now|got|gotten|been|only just) ){1,4}back` +
	`(?: ` + backWhere + `)?(?: from ` + backWhence + `)?|back(?: ` + backWhere + `(?: from ` + backWhence + `)?| from ` +
	backWhence + `)|(?:(?:i've|i have|i|i'm|i am|just|only just|recently|now) ){1,3}(?:returned|got back|come back)` +
	`(?: to (?:the office|work))?(?: from ` + backWhence + `)?)(?: (?:today|now|this morning|yesterday|this week))?`

// backWhere and backWhence are where the writer is back and from what. A
// bare "back" takes one of them.
const (
	backWhere  = `(?:in the office|at my desk|at work|online|to work|home|in town)`
	backWhence = `(?:pto|vacation|holiday|holidays|leave|annual leave|parental leave|sick leave|my trip|a trip|` +
		`the trip|a business trip|travel|travell?ing|a conference|the conference|re:invent|reinvent|` +
		`a customer workshop|a workshop|an offsite|an off-site|a customer visit|a customer site|the holidays|` +
		`the break|my holiday|my vacation|a long weekend|the long weekend|a week off|two weeks off|time off)`
)

// catchingUp tells that the writer is catching up on mail: "only now
// catching up on mail", "still working through my inbox".
const catchingUp = `(?:(?:i'm|i am|am|i've been|been|i was|was|still|only|just|finally|now|` +
	`slowly) ){0,4}(?:catching up|getting caught up|working through (?:my|the) (?:inbox|backlog|emails|e-mails|` +
	`mail)|going through (?:my|the) (?:inbox|backlog|emails|e-mails|mail)|digging (?:out of|through) (?:my|` +
	`the) (?:inbox|backlog|emails|e-mails|mail))(?: (?:on|with) (?:my |all my |the |all the )?(?:mail|email|emails|` +
	`e-mails|inbox|messages|backlog|things|everything|work|stuff))?(?: (?:now|today|this week|this morning))?`

// onThePhone tells that the writer answers from a phone: "on my phone",
// "typing this on my mobile", "replying from my iPad".
const onThePhone = `(?:(?:i'm |i am )?(?:(?:typing|writing|replying|sending|answering)(?: this)? )?(?:on|from) ` +
	`(?:my |the )?(?:phone|mobile|cell|iphone|ipad|tablet|android)(?: (?:right now|at the moment|today))?)`

// thanksForHelp thanks for the help or the patience, never for the mail
// or the news ("thanks for the email", "thanks for letting me know" may
// tell that it was received).
const thanksForHelp = `(?:(?:many |big |huge |a big |a huge )?(?:thanks|thank you|thx|ty|cheers)(?: (?:so much|` +
	`very much|a lot|a ton|a bunch|again|heaps|loads))?(?: (?:for|on) (?:(?:all|all of) )?(?:(?:your|` +
	`the) )?(?:(?:kind|quick|continued|patient|great) )?(?:help|patience|support|assistance|work|effort|efforts|` +
	`follow-up|follow up|followup|reminder|nudge|persistence|time|understanding|hard work)(?: (?:with|on) (?:this|` +
	`that|it|the merge|all this|all of this))?| (?:for|on) (?:handling|sorting(?: out)?|taking care of|` +
	`looking after|chasing(?: up)?|following up on|organi[sz]ing|arranging|managing|dealing with|coordinating|` +
	`driving|pushing|helping with|helping me with|working on|looking into)(?: (?:this|it|that|all this|all of this|` +
	`everything|the merge|the merging|this merge|my accounts|the accounts|this one)(?: up)?(?: for me)?)?|` +
	` for (?:bearing with me|waiting|being patient|following up|chasing(?: me|` +
	` this)?(?: for me)?))?(?: in advance)?|(?:i )?(?:really |truly |do )?appreciate (?:it|that|this|the help|` +
	`your help|your patience|your support|all your help|you handling this|you chasing this|you following up|` +
	`the follow-up|the reminder|you sorting this(?: out)?)(?: (?:a lot|so much|very much))?|much appreciated|` +
	`really appreciated)`

// wellWish wishes the reader well or closes the talk: "hope you're well",
// "have a great weekend", "happy Friday", "talk soon".
const wellWish = `(?:(?:i )?hope (?:(?:you're|you are|you've been|you have been) (?:well|good|doing well|` +
	`keeping well|having a (?:good|great|nice|lovely) (?:day|week|weekend))|(?:you had|you've had|` +
	`you have had) a (?:good|great|nice|lovely|relaxing|restful) (?:day|week|weekend|holiday|holidays|break|` +
	`christmas|new year|time off|vacation|trip)|all is well|all's well|everything is (?:well|good|going well)|` +
	`everything's (?:well|good)|this finds you well|(?:this|that) helps|your (?:week|day|weekend) (?:is|was|` +
	`has been) (?:going )?(?:well|good|great))|(?:have|enjoy) (?:a |the |your )?(?:(?:great|good|nice|lovely|` +
	`wonderful|fantastic|relaxing|restful|happy) )?(?:day|week|weekend|evening|afternoon|morning|holiday|holidays|` +
	`break|one|rest of (?:the|your) (?:week|day)|time off|vacation|christmas|new year)|(?:(?:happy|merry) (?:friday|` +
	`monday|holidays|new year|christmas|thanksgiving|diwali|easter)(?: and (?:a )?happy new year)?|` +
	`season's greetings|seasons greetings)(?: to (?:you|you all|all of you|everyone|everybody|all|` + wishedTeam + `))?|` +
	`take care|stay safe|stay well|all the best|` +
	`talk soon|speak soon|talk later|speak later|catch you later|see you soon)`

// wishedTeam is the team a season's wish goes to: "Merry Christmas to the
// whole team", "Happy holidays to you and your team".
const wishedTeam = `(?:you and )?(?:the|your|all the|everyone on the|everyone in the)\s+(?:whole\s+|entire\s+)?` +
	`(?:team|crew|desk|admin team|certification team)`

// helpOffer offers more help: "let me know if you need anything else
// from me", "shout if you have any questions", "happy to help".
const helpOffer = `(?:(?:(?:please|just|do|and) )?(?:let me know|let us know|shout|give me a shout|ping me|` +
	`reach out|get in touch|drop me a line|feel free to (?:reach out|ask|shout|ping me|get in touch|` +
	`contact me))(?: (?:here|anytime|any time))? if (?:(?:you|aws|they|anyone) (?:need|needs|require|requires|want|` +
	`wants) (?:anything|something)(?: (?:else|more|further))?(?: (?:from me|from my side|from my end))?|(?:you|aws|` +
	`they) (?:have|has) (?:any )?(?:other |more |further )?questions|there's anything else(?: (?:you need|i can do|` +
	`needed))?|there is anything else(?: (?:you need|i can do|needed))?)|(?:i'm |i am )?(?:happy|glad) to help)`

// noRush says there is no hurry, or that a question is asked only out of
// curiosity: "no rush", "not urgent", "just curious".
const noRush = `(?:(?:there's |there is |but |and )?(?:no rush|no hurry|no urgency|not urgent|not in a rush|` +
	`not in a hurry|no pressure)(?: (?:at all|on my (?:end|side)|from my side|whatsoever))?|(?:just |` +
	`purely )?(?:curious|wondering|out of curiosity))`

// jaDelayApology: 返信が遅くなり申し訳ありません, ご連絡が遅れまして失礼いたしました,
// お待たせしてすみません, 遅くなってしまいすみません.
const jaDelayApology = `(?:(?:ご|お)?(?:返信|返事|回答|連絡)(?:が|の方が)?)?(?:大変|すっかり|だいぶ|かなり)?` +
	`(?:(?:遅く|遅れ)(?:なり|なって|てしまい|まして|なってしまい|なりまして|てしまって|てしまいまして|` +
	`なってしまいまして|ましたこと|てしまいました|ました|なりました|なってしまいました)|お待たせ(?:して|` +
	`いたしまして|しまして|しました|いたしました|してしまい|してしまいました|してしまって))(?:, )?(?:` + jaSorry + `)?`

// jaSorry is a Japanese apology.
const jaSorry = `(?:大変|誠に|本当に|重ねて)?(?:申し訳(?:ありません|ございません|ないです)(?:でした)?|すみません(?:でした)?|済みません(?:でした)?|失礼(?:いたしました|` +
	`致しました|しました)|ごめんなさい|お詫び(?:申し上げます|いたします))`

// jaAbsence: 出張で不在にしておりました, 先週は休暇をいただいており, バタバタしておりまして.
const jaAbsence = `(?:(?:先週|今週|昨日|先日|数日|しばらく|ここ数日|長らく|年末年始|週末|(?:[0-9]+|一|二|三|数)(?:日|週間)(?:ほど|ばかり)?)(?:は|の間|間|ほど|` +
	`中)?(?:, )?)?(?:(?:出張|海外出張|休暇|有給休暇|有給|有休|休み|夏季休暇|夏休み|冬休み|年末年始休暇|育休|産休|病欠|体調不良|研修|外出|客先|イベント|展示会|セミナー|お休み)(?:で|` +
	`中で|中につき|中のため|のため|により|(?:に出て|をいただいて|を頂いて|をとって|を取って|に行って|` + jaPlace +
	`)(?:おりました|おりまして|おり|いました|いて))?(?:, )?(?:不在に(?:して|いたして|` +
	`致して)(?:おりました|おり|おりまして|いました|いて)|不在でした|不在で|席を外して(?:おりました|おり|おりまして)|留守に(?:して)?(?:おりました|おり|おりまして)|おりました|おりまして|おり|` +
	`いました|いて)?|(?:バタバタ|ばたばた|立て込んで|立てこんで|多忙)(?:して|しており|しておりまして|しておりました|おりまして|おりました|で|でして|のため|につき)?)`

// jaPlace is where the writer went away to: 出張で大阪に行って, 休暇で沖縄へ
// 行って: a place's name in kanji or katakana.
const jaPlace = `で[\p{Han}\p{Katakana}ー]{1,8}(?:に|へ)(?:行って|出かけて|戻って|帰って)`

// jaThanks thanks for the help, never for the mail (ご連絡ありがとう may tell
// that it was received): ご対応ありがとうございます, お手数をおかけします.
const jaThanks = `(?:(?:いつも|たびたび|度々|重ねて|大変|本当に|ご丁寧に|お忙しいところ|お忙しい中|早速)?(?:, )?(?:ご対応|ご案内|ご配慮|お手配|ご手配|サポート|フォロー|ご尽力|` +
	`お力添え|お手続き|ご調整)(?:を)?(?:いただき|頂き|して(?:いただき|頂き|くださり|下さり))?(?:まして)?(?:, )?(?:誠に|本当に|大変)?(?:ありがとうございます|ありがとうございました|` +
	`感謝(?:いたします|致します|します|申し上げます|しております))|お手数(?:を)?おかけ(?:します|いたします|致します|しますが|いたしますが|して(?:しまい)?(?:申し訳(?:ありません|` +
	`ございません)|すみません))|(?:引き続き|今後とも)(?:どうぞ)?(?:よろしく|宜しく)お願い(?:します|いたします|致します|申し上げます))`

// jaWellWish: 良い週末をお過ごしください, お体にお気をつけください.
const jaWellWish = `(?:(?:良い|よい|素敵な)(?:週末|お年|休日|一日|1日|連休)を(?:お過ごしください|お迎えください)?|お体に(?:お)?気をつけ(?:て)?(?:ください)?)`

// jaHelpOffer: 何かあればご連絡ください, ご不明な点がございましたらお知らせください.
const jaHelpOffer = `(?:(?:何か|なにか|ほかに|他に|その他)?(?:ご不明な点|不明点|ご不明点|必要なもの|追加で必要なもの|必要な情報|追加の情報)?(?:など|等)?(?:が|` +
	`も)?(?:あれば|ございましたら|ありましたら|あるようでしたら)(?:, )?(?:お気軽に|遠慮なく|いつでも)?(?:ご連絡|お知らせ|ご一報|お申し付け|お声がけ)(?:ください|下さい|` +
	`いただければ(?:と思います|幸いです)|いただけますと幸いです))`

// screenshotOffer offers a screenshot of what the writer sees, should it
// be wanted: "happy to send a screenshot if you need one", "I can share
// screenshots if needed", "let me know if you'd like a screenshot". It
// tells nothing of the answer beside it; a screenshot sent ("see the
// attached screenshot") is no offer, and is read as before.
const screenshotOffer = `(?:(?:(?:i'm |i am )?(?:happy|glad) to|i can|i could|i'll|i will|i'd be happy to) ` +
	`(?:send|share|provide|forward) (?:you )?(?:a |the |some )?screenshots?(?: of (?:the page|the profile|my profile))?` +
	`(?: if (?:you need|needed|you'd like|you want|required|helpful|that helps|it helps)(?: one| it| them)?)?|` +
	`(?:(?:please |just )?(?:let me know|tell me|shout) if you (?:need|want|would like|'d like) (?:a |the |some )?` +
	`screenshots?))`

// jaScreenshotOffer is the same in Japanese: スクリーンショットが必要でしたら
// お送りしますので、お申し付けください.
const jaScreenshotOffer = `(?:スクリーンショット|スクショ|画面キャプチャ|キャプチャ|画面の画像)(?:が|を|も)?(?:ご?必要|ご入用|ご希望)` +
	`(?:でしたら|であれば|なら|な場合は?|の場合は?)(?:, |、)?(?:すぐに?|いつでも)?(?:お送り|送付|共有)` +
	`(?:します|いたします|致します|できます|可能です)(?:ので(?:, |、)?(?:お気軽に|遠慮なく)?(?:お申し付け|お知らせ|ご連絡|お声がけ)` +
	`(?:ください|下さい))?`

// whenAsked asks how long the merge takes, of the merge or the consent by
// name: "how long does the merge usually take?", "out of curiosity, how
// long does AWS take once they have consent?", 統合完了までどのくらいかかりますか.
const whenAsked = `(?:(?:roughly |approximately |any idea |do you know )?(?:how long|how much time|` +
	`how many days)(?: (?:does|do|will|would|should|might|is it going to))?(?: (?:it|this|that|the merge|` +
	`the merging|merging|a merge|the process|aws|they|amazon|support|aws support|the aws team))?(?: (?:usually|` +
	`normally|typically|generally|roughly))?(?: (?:take|takes|to take))?(?: (?:aws|them|amazon|` +
	`support))?(?: to (?:complete|process|go through|finish|be done|be completed|be processed|take effect|` +
	`merge (?:them|the accounts|everything)|do (?:it|the merge)|complete (?:it|the merge)))?(?: (?:once|after|` +
	`when) (?:they have|they've got|they get|they receive|aws has|aws gets|aws receives|you send|you've sent|` +
	`they've had) (?:the |my |our )?consent)?|when (?:will|would|should|might|can) (?:the merge|the merging|` +
	`merging) (?:be )?(?:done|complete|completed|finished|go through|happen)|(?:統合|マージ)(?:の)?(?:完了|処理)?(?:まで|` +
	`には)(?:は)?(?:通常|だいたい|大体|おおよそ)?(?:どのくらい|どれくらい|どの程度|何日|何日くらい)(?:の期間|の時間|の日数|時間)?(?:が)?(?:かかり|掛かり)(?:ます|` +
	`そう)(?:でしょう)?か)`

// namesTheMerge: a question of when that names the merge or the consent.
var namesTheMerge = regexp.MustCompile(`\b(?:merge|merging|consent)\b|統合|マージ`)

// remarkRE matches a remark made of clauses, with a greeting or a bare
// apology at its edges.
func remarkRE(clause string) *regexp.Regexp {
	return regexp.MustCompile(`^(?:(?:hi|hey|hello|oh|ah|also|and|ps|p\.s)(?:, | ))?(?:` + bareSorry + remarkSep +
		`)?(?:` + clause + `)(?:` + remarkSep + `(?:` + clause + `))*(?:` + remarkSep + bareSorry + `)?$`)
}

// sideRemark reports whether text, a piece or pieces of one sentence
// joined by ", ", is a side remark; asked: it is the question of when.
// before: no answer has been read yet.
func sideRemark(text string, question, before bool) (remark, asked bool) {
	low := remarkText(text)
	if low == "" {
		return false, false
	}
	if question {
		ok := whenAskedRE.MatchString(low) && namesTheMerge.MatchString(low)
		return ok, ok
	}
	if before {
		return beforeAnswerRE.MatchString(low), false
	}
	return sideRemarkRE.MatchString(low), false
}

// remarkText is text as the families are written: lower-cased, single
// spaces, without the emoji, brackets and marks around it.
func remarkText(text string) string {
	text = placeName.ReplaceAllStringFunc(text, func(m string) string {
		if pageNames.MatchString(m) {
			return m
		}
		return placeName.ReplaceAllString(m, "$1 somewhere")
	})
	low := strings.Join(strings.Fields(asciiLower(text)), " ")
	return strings.TrimFunc(low, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// dropRemarks returns the pieces of a line without the side remarks among
// them: a run of pieces of one sentence (the comma-joined ones after the
// first) that together are one. A sentence that goes on from the line
// before (wrappedInto) or into the next (goesOn) keeps its pieces: read
// apart, a remark at its edge may be the tail or head of more. asked: a
// question of when the merge is done was set aside. answered: an answer
// was read before the line.
func dropRemarks(ps []sentence, wrappedInto, goesOn, answered bool) (out []sentence, asked bool) {
	keepTo, keepFrom := 0, len(ps)
	if wrappedInto {
		keepTo = sentenceEnd(ps, 0)
	}
	if goesOn {
		keepFrom = lastSentenceStart(ps)
	}
	for i := 0; i < len(ps); {
		j := -1
		if i >= keepTo && i < keepFrom {
			j = remarkRun(ps, i, !answered && !anyAnswer(out))
		}
		if j < 0 {
			out = append(out, ps[i])
			i++
			continue
		}
		if end := sentenceEnd(ps, i); j+2 == end && tagYes.MatchString(asciiLower(strings.TrimSpace(ps[j+1].text))) &&
			statedRemark.MatchString(asciiLower(strings.TrimSpace(ps[i].text))) {
			out = append(out, ps[i:end]...) // "It's been a crazy week, yes": the yes may affirm the remark
			i = end
			continue
		}
		asked = asked || ps[j].question
		if j+1 < len(ps) && ps[j+1].continued && !ps[i].continued {
			ps[j+1].continued = false // the piece after the remark now opens its sentence
		}
		i = j + 1
	}
	return out, asked
}

// tagYes is a bare yes closing a sentence after a side remark that states
// something of the writer ("I was on holiday, yes", "it's been a crazy
// week, yes"): put after a statement, it may only affirm it, as a tag does,
// and so answers nothing for certain. After an apology or thanks ("Sorry
// for the delay, yes") it is the answer.
var (
	tagYes       = regexp.MustCompile(`^(?:yes|yeah|yep|yup)[.!]*$`)
	statedRemark = regexp.MustCompile(`^(?:i|i'm|i've|i'd|i was|it's|it has|it is|it was|things|life|work|we|we've|we were)\b`)
)

// remarkRun returns the last piece of the longest run of pieces from ps[i]
// on, within its sentence, that together are a side remark; -1: none. A
// question is one only whole, as the last piece of the run. before: no
// answer came before ps[i].
func remarkRun(ps []sentence, i int, before bool) int {
	for j := sentenceEnd(ps, i) - 1; j >= i; j-- {
		texts := make([]string, 0, j-i+1)
		asks := false
		for k, p := range ps[i : j+1] {
			texts = append(texts, p.text)
			asks = asks || p.question && i+k < j
		}
		if asks {
			continue
		}
		if ok, _ := sideRemark(strings.Join(texts, ", "), ps[j].question, before); ok {
			return j
		}
	}
	return -1
}

// anyAnswer reports whether one of ps reads as an answer.
func anyAnswer(ps []sentence) bool {
	for _, p := range ps {
		if r := readSentence(p); len(r.answers) > 0 {
			return true
		}
	}
	return false
}

// sentenceEnd is the index after the last piece of the sentence ps[i] is in.
func sentenceEnd(ps []sentence, i int) int {
	j := i + 1
	for j < len(ps) && ps[j].continued {
		j++
	}
	return j
}

// lastSentenceStart is the index of the first piece of the last sentence of ps.
func lastSentenceStart(ps []sentence) int {
	i := len(ps) - 1
	for i > 0 && ps[i].continued {
		i--
	}
	return max(i, 0)
}
