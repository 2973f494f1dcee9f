package reply

import (
	"regexp"
	"strings"
)

// A Done or Submitted is cheap to misread only when it is true: a false
// one makes the case wait on (a week for a share) with nobody told. People
// who did not quite do the act still open with the word ("Done, but my
// boss told me to remove it again", 提出しました。統合元と統合先を逆に
// 入力してしまいました。) and tell what undoes it in plain words after it,
// which Read takes as detail and readLeading as news beside the answer.
// undercutsAct looks for those words anywhere in the own words of a reply
// read as Done or Submitted; finding any, the reply is for a person.

// undercutFamily is one way people write that the act asked for did not
// quite happen, in English (en, on the ASCII-lowered text) and Japanese
// (ja).
type undercutFamily struct {
	name   string
	en, ja *regexp.Regexp
	// doneOnly: the words weigh on a Done (the link or share) only; beside
	// a Submitted (the merge form) the old or personal account is the
	// source, and naming it is no slip.
	doneOnly bool
	// mayEndWell: the words tell a trouble that a later try may have
	// ended ("the first time it said 'session expired', so I logged in
	// again"); Read weighs such a story (tellsTrouble), so they are not
	// looked for where the reply tells of another try or a success.
	mayEndWell bool
}

// actObject is what an undoing verb undoes: the act, the link, the form,
// or a word that points back at them.
const actObject = `(?:it|that|this|them|the (?:link|linking|connection|request|form|submission|share|sharing|` +
	`merge|application|case|ticket))\b`

// jaConcession is a Japanese sentence that ends on a concession (…ですが。
// …けど。 …ではなく): the writer leaves unsaid what it takes away.
const jaConcession = `(?:ですが|ですけど|ですけれど|ますが|ますけど|だけど|けど|けれど|けれども|だが|のですが)[。．.！!…〜ー\s]*(?:$|\n)`

var undercutFamilies = []undercutFamily{
	{"undone",
		// "removed it again", "asked AWS to disregard it", "deleted the request", "unlinked it"
		regexp.MustCompile(`\b(?:disregard|ignore|reverse|reversed|reversing|undo|undid|undone|delete|deleted|` +
			`deleting|remove|removed|removing|unlink\w*|disconnect\w*|unshar\w*|revok\w*|detach\w*)\s+` +
			`(?:\w+\s+){0,2}?` + actObject + `|\bunlink\w*|\bdisconnected\b|` +
			// "took it off again", "unticked the box", "turned sharing off", "opted out"
			`\b(?:took|taken|take|taking) (?:it|that|them|the \w+) (?:off|down|out)\b|\buntick\w*|\buncheck\w*|` +
			`\b(?:turn|turned|switch|switched) (?:it|that|them|(?:the )?(?:sharing|linking|link)) off\b|` +
			`\b(?:turn|turned|switch|switched) off (?:the )?(?:sharing|linking|link)\b|` +
			`\bopt(?:ed)? out of (?:it|that|(?:the )?(?:sharing|linking|link|merge))\b`),
		// 一旦外しました, 解除しました, 削除しました, 元に戻しました, 無視してください
		regexp.MustCompile(`外し(?:まし|た|て)|解除|削除|元に戻|戻しました|無視して|取りやめ|取り止め|オフに(?:し|な)|無効に`), false, false},
	{"another account",
		// the old, a former, a side-business or maiden-name account, or someone's account (not the case's)
		regexp.MustCompile(`\b(?:old|older|previous|former|prior|earlier|maiden|side|secondary|spare|backup)\s+` +
			`(?:\w+\s+){0,2}?(?:accounts?|logins?|e-?mail address(?:es)?|address(?:es)?|alias(?:es)?|names?|profiles?|ids?)\b|` +
			`\bmaiden name\b|\bside business\b|\bformer employer\b|` +
			// "the login from my last company", "the account I had as a student"
			`\b(?:from|at|with|of) (?:my|our) (?:last|previous|old|former|prior) (?:company|job|employer|workplace|` +
			`university|school|college)\b|\bas a student\b|\b(?:student|university|school|college|uni) ` +
			`(?:account|login|email|address)\b|\b(?:account|login|one) i (?:had|used to have|used before)\b|` +
			`\b(?:used|using|with|on|from|under)\s+(?:my|our|the)\s+(?:personal|private|home|gmail)\s+` +
			`(?:\w+\s+)?(?:login|account|address|email)\b[^.!?\n]{0,20}\b(?:though|tho|but|anyway)\b|` +
			`\b(?:my|our|his|her)\s+(?:[a-z-]+\s+){0,2}?` + otherPeople + `'s\s+(?:account|login|profile)\b|` +
			`\bnot the [a-z]+ one\b|\brather than the one\b`),
		// 古いほうの, 旧姓の, 前職の, 家族の, 副業用の アカウント; 会社のではなく
		regexp.MustCompile(`(?:古い|旧|前職|以前の|前の|昔の|家族|妻|夫|副業|私用|プライベート|別|学生|大学|時代|頃の|前の会社|前社)` +
			`[^。\n]{0,8}` +
			`(?:アカウント|アドレス|ログイン|ID|ＩＤ)|のではなく|ではなくて`), true, false},
	{"reversed",
		// source and target swapped, or the company address given as the source, a personal one as the target
		regexp.MustCompile(`\b(?:swap\w*|switched (?:the|them|round|around|source|target)|flip\w*|revers\w*|` +
			`backwards?|mixed up|mix\w* up|transpos\w*)\b|` +
			`\bthe other way (?:round|around)\b|\bwrong way\b|` +
			`\b(?:company|corporate|corp|work|business|office|new)\s+(?:\w+\s+){0,2}?(?:as|for|in|into)\s+` +
			`(?:the\s+)?source\b|\b(?:personal|private|gmail|home|old|previous|former)\s+(?:\w+\s+){0,3}?` +
			`(?:as|for|in|into)\s+(?:the\s+)?(?:target|destination)\b|` +
			// the one to close and the one to keep, named the other way
			`\b(?:company|corporate|corp|work|business|office|new)\s+(?:\w+\s+){0,2}?as\s+the\s+one\s+to\s+` +
			`(?:close|delete|remove|retire|drop|merge away)\b|\b(?:personal|private|gmail|home|old|previous|former)\s+` +
			`(?:\w+\s+){0,2}?as\s+the\s+one\s+to\s+keep\b`),
		// 逆に, 反対に, 入れ替えて, あべこべ; 統合先に個人の…
		regexp.MustCompile(`逆に|逆で|反対に|反対で|入れ替|あべこべ|取り違|` +
			`統合先[^。\n]{0,10}(?:個人|私用|プライベート|[Gg]mail|古い|旧)|統合元[^。\n]{0,10}(?:会社|社用|業務用|新しい)`), false, false},
	{"joke",
		regexp.MustCompile(`\b(?:april fools?|in my dreams?|nah|not really|psych|gotcha)\b|\bi wish\b[\s.!]*(?:$|\n)|` +
			`\bha,? i wish\b`),
		regexp.MustCompile(`なんちゃって|冗談|嘘|うそ[。！!です]|ウソ|夢を見|(?:だったら|なら|であれば)(?:いい|良い)のに|` +
			`と言いたい|と言えたら|と言える(?:のは|ように)|` +
			// a sentence after the answer that opens by turning on it: と言っても…, とはいえ…, と思ったら…
			`(?:^|[\n。！!])\s*(?:と言っても|といっても|とは言え|とはいえ|と思ったら|と思いきや)`), false, false},
	{"someone else",
		// done for the writer by another, or for another, with the writer's own still to come
		regexp.MustCompile(`\bon (?:my|our) behalf\b|\b(?:did|done|sent|submitted|linked|filled|handled|clicked|` +
			`completed)\s+(?:(?:it|this|that|them|the \w+)\s+)?for me\b|\b(?:mine|my own|my one|my account)\s+` +
			`(?:is\s+|will be\s+|comes\s+)?(?:next|to follow|later|still to come|coming)\b|` +
			`\b(?:colleague|assistant|manager|boss|husband|wife|secretary|teammate|someone|somebody)\b` +
			`[^.!?\n]{0,30}\b(?:did|sent|submitted|linked|handled|clicked|filled|set)\b|` +
			`\b(?:he|she|they) did (?:the|it|that)\b|\b(?:done|submitted|sent|linked|completed|handled),?\s+by\s+` +
			`(?:my|our|a|the)\s+(?:[a-z-]+\s+){0,2}?` + otherPeople + `\b`),
		// 部下に頼みました, 妻の分, 山田さんが操作しました, 自分の分はこれから
		regexp.MustCompile(`に頼み|に頼ん|にお願いし|代わり|代理|代行|` +
			`(?:さん|様|妻|夫|家族|同僚|部下|上司|主人)の分|` +
			`(?:私|自分|僕|本人)(?:で|が)?はなく|` +
			`(?:操作|提出|送信|連携|入力|設定)(?:した|してくれた|された)のは(?:部下|上司|同僚|妻|夫|家族|担当|総務|人事|` +
			`[^。\n]{0,8}さん|[^。\n]{0,6}の[^。\n]{1,6}です)|` +
			`(?:さん|同僚|部下|上司|妻|夫|情シス|担当者|情報システム部|リーダー|マネージャー|管理者|人事|総務|秘書)が` +
			`[^。\n]{0,20}` +
			`(?:操作|提出|送信|連携|設定|入力|対応|やり|やって|し[てま])|自分の分は`), false, false},
	{"partial",
		// half or part of the act, not "half an hour ago", "half the team" or "as part of onboarding"
		regexp.MustCompile(`\bhalf (?:of )?(?:(?:the|my) )?(?:form|fields|steps?|process|request|questions|it|them|way)\b|\bhalfway\b|\bhalf[- ]done\b|` +
			`\bpart of (?:it|them|the (?:form|process|steps?|request|linking|sharing|work))\b|\bpartly\b|` +
			`\bpartially\b|\bup to step|\bsteps? [0-9]+|\bstep (?:one|two|three)\b`),
		regexp.MustCompile(`(?:手順|ステップ)\s*[0-9０-９一二三四五]+\s*まで|半分|一部|途中まで|以外は[。\s]*(?:$|\n)`), false, false},
	{"draft",
		regexp.MustCompile(`\bdrafts?\b|\bsaved? (?:it )?for later\b|\b(?:hit|clicked|pressed|only)\s+` +
			`(?:the\s+)?["'‘“]?save\b|\bonly saved\b|` +
			// the send button that cannot be pressed (not another option greyed out, for which the form was sent)
			`\b(?:send|submit)\s+button\s+(?:is|was|stays|stayed|remains|remained)\s+(?:still\s+)?(?:greyed out|` +
			`grayed out|disabled|inactive)\b|` +
			`\b(?:won'?t|wouldn'?t|doesn'?t|didn'?t) let me (?:send|submit|click|save)\b`),
		regexp.MustCompile(`一時保存|下書き|保存(?:だけ|のみ|ボタン)|「保存」|` +
			`(?:送信|提出)ボタン[^。\n]{0,8}(?:押せ(?:ません|ない|なかった|ず)|グレー|クリックでき(?:ません|ない|なかった|ず))`), false, false},
	{"error page",
		regexp.MustCompile(`\b[45][0-9][0-9] (?:page|error|screen)\b|\b(?:error|http) [45][0-9][0-9]\b|\boops\b|` +
			`\bexpired\b|\bnever (?:loaded|came up|appeared|showed)\b|\btry (?:again )?later\b|` +
			`\bred (?:banner|text|message|box|warning)\b|\bexception\b|\bunavailable\b|\bnot found\b|` +
			// the page that never finished: "just a spinner", "kept loading", "stuck on the last page"
			`\b(?:couldn'?t|could not|unable to|can'?t|cannot) (?:process|complete|save|submit|send)\b|\bspinn(?:er|ing)\b|\bkept (?:loading|spinning|reloading)\b|\bstuck\b|\bloading forever\b`),
		regexp.MustCompile(`[45][0-9][0-9](?:が出|エラー|の(?:画面|ページ|エラー)|と表示|と出)|エラー|有効期限が切れ|` +
			`しばらくして|時間をおいて|赤い(?:文字|字|メッセージ|表示)|` +
			`赤字|画面が出ず|画面が出ませ|元の(?:ページ|画面)に戻|戻されました|読み込み中|くるくる|ぐるぐる|固まっ|進まな`), false, true},
	{"unsure",
		regexp.MustCompile(`\bwho knows\b|\bno idea\b|\bcan'?t tell\b|\bcannot tell\b|\bnot sure\b|\bno clue\b`),
		regexp.MustCompile(`不明|(?:た|る|か)(?:かどうか|か)は(?:分か|わか)りません|番号[^。\n]{0,6}出ませんでした|` +
			`(?:画面|表示)[^。\n]{0,8}変わりませんでした|` +
			`確認できていません|見ていません|来ていません|届いていません`), false, true},
	{"hoping",
		// hope that it took, after another try too: "fingers crossed it sticks this time" (not a hope that AWS
		// is quick: "fingers crossed they're fast")
		regexp.MustCompile(`\b(?:fingers crossed|hope(?:fully)?|hoping) (?:it|that|this) (?:sticks|stuck|took|` +
			`worked|works|went through|goes through|saved)\b`),
		regexp.MustCompile(`祈|(?:届いて|通って|保存されて|反映されて)(?:い)?(?:ると|れば)(?:いい|良い)`), false, false},
	{"test environment",
		// a kind of environment before what was used, or "in the sandbox" (not a team's name in a signature)
		regexp.MustCompile(`\b(?:sandbox|staging|uat|test|demo|practice|trial|dev|qa)\s+(?:org|account|environment|` +
			`env|tenant|instance|version|site|copy|form|run|apn)\b|\b(?:in|on|into) (?:the |a |our )?(?:sandbox|` +
			`staging|uat)\b|\b(?:dry|trial|practice) run\b|\bdummy\b`),
		regexp.MustCompile(`検証用|検証環境|練習用|サンドボックス|デモ(?:環境|用|アカウント)|テスト環境|テスト用|` +
			`試しに|お試し|ステージング`), false, false},
	{"later",
		// the answer itself said for a day to come ("Done by Friday"; not "it was linked by Monday")
		regexp.MustCompile(`(?:^|\n)\W*(?:done|submitted|linked|finished)\s+by\s+(?:(?:mon|tues|wednes|thurs|fri|` +
			`satur|sun)day|tomorrow|tonight|next week|the end of|end of)\b|\bwill be (?:after|by|once|when)\b|` +
			`\bwill have (?:been|done|it)\b`),
		regexp.MustCompile(`予定です|今夜やり|明日やり|これからやり|週明けに`), false, false},
	{name: "conditional",
		// Read already leaves an English "if" or "assuming" beside the answer for a person.
		ja: regexp.MustCompile(jaConcession + `|(?:れば|なら|たら)[。\s]*(?:$|\n)`)},
	{"relayed",
		// another's "done" passed on
		regexp.MustCompile(`\bforward\w*\s+(?:[a-z]+'s|(?:my|our|the)\s+(?:[a-z-]+\s+){0,2}?` + otherPeople +
			`'s)\s+(?:note|message|reply|mail|email|answer|words?)\b|\bpass(?:ing|ed)? (?:it|this|that) on\b|` +
			`\b(?:that's|that is|this is|it's) from [a-z]+\b|` +
			`\b(?:done|submitted|linked)[,.!]*\s+(?:says|said|according to)\s+[a-z]+`),
		// 伝言, とのこと, と言っていました; a person's word (鈴木さんから連絡が), not AWS's to come
		regexp.MustCompile(`伝言|とのこと|と言って(?:い)?ました|と聞いて|` +
			`(?:さん|様|氏|部長|課長|上司|同僚|部下|先輩)から(?:の)?(?:連絡|報告)`), false, false},
	{"sarcasm",
		regexp.MustCompile(`\bfor the (?:second|third|fourth|fifth|sixth|\w+th|[0-9]+(?:nd|rd|th)) time\b|` +
			`\b(?:just )?like (?:last|the last|the previous|before)\b|\bthird time'?s\b`),
		regexp.MustCompile(`(?:[2-9２-９]|[二三四五六七八九十何])回目(?:です|だ|なん|の(?:提出|送信))|どうせ|前回(?:みたい|のよう)|また消え`), false, false},
}

// undercutsAct reports whether the own words of a reply read as a (lines,
// as answerLines gives them) hold words of any undercutFamily that weighs
// on a.
func undercutsAct(lines []string, a Answer) bool {
	return undercutFamilyOf(strings.Join(lines, "\n"), a) != ""
}

// undercutFamilyOf names the first undercutFamily whose words text holds
// beside a; "": none. The offers of help and more ("let me know if you
// need anything", 何かあれば), and a Japanese "no error came up", are
// taken out first: they weigh on nothing.
func undercutFamilyOf(text string, a Answer) string {
	low := offering.ReplaceAllString(asciiLower(text), " ")
	low = askOffer.ReplaceAllString(low, " ")
	ja := jaOffering.ReplaceAllString(jaNoError.ReplaceAllString(text, " "), " ")
	endedWell := triedAgain.MatchString(low) || jaTriedAgain.MatchString(text)
	for _, f := range undercutFamilies {
		if f.doneOnly && a != Done || f.mayEndWell && endedWell {
			continue
		}
		if f.en != nil && f.en.MatchString(low) || f.ja.MatchString(ja) {
			return f.name
		}
	}
	return ""
}

// askOffer is the closing offer to answer questions: "if you have any
// questions, let me know".
var askOffer = regexp.MustCompile(`\bif (?:you|there) (?:have|has|are|is|need) (?:any|anything)\b(?: (?:more|other|` +
	`further|else))?(?: (?:questions?|issues?|problems?|concerns?|queries))?`)

// jaNoError says no error came up: エラーは出ませんでした, エラーもなく.
var jaNoError = regexp.MustCompile(`エラー(?:など|等)?(?:は|も)?(?:特に|一切)?(?:出ず|出ませんでした|出ていません|` +
	`なく|なし|ありませんでした|ありません|表示されませんでした|表示されず)`)

// triedAgain tells of another try after a trouble, or of its success: "the
// second try", "logged in again", "it worked", "linked now".
var triedAgain = regexp.MustCompile(`\b(?:second|2nd|third|next|another|later) (?:try|attempt|time)\b|` +
	`\b(?:again|retried|worked|went through|now|in the end|eventually|finally)\b`)

// jaTriedAgain is the same in Japanese: 2回目で, もう一度, し直したら, 今度は, 無事.
var jaTriedAgain = regexp.MustCompile(`(?:2|２|二)回目|再度|再読み込み|リロード|読み込み直|もう一度|もう1度|し直|直したら|今度は|無事|最終的に|結局|改めて`)
