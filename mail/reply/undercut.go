package reply

import (
	"regexp"
	"strings"
	"unicode/utf8"
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
// (ja, on the text as written, which also holds the English words that
// need their capitals: "IT handled it"); nil where a family has no words in
// that language.
type undercutFamily struct {
	name   string
	en, ja *regexp.Regexp
	// only: the one answer the words weigh on, "" for both. Done (the link
	// or share): beside a Submitted (the merge form) the old or personal
	// account is the source, and naming it is no slip. Submitted: a save
	// pressed is a form kept as a draft, but the link's own last step; a
	// Done answers the form wait too, so it weighs on a Done that does not
	// say it is of the link (linkNamed).
	only Answer
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

// enCondition opens a condition on the act or the writer: "if it ...",
// "if I ...", "assuming", "as long as".
const enCondition = `(?:(?:if|unless) (?:not|it|that|this|i|that's|it's)\b|assuming\b|provid(?:ed|ing)\b|` +
	`(?:as|so) long as\b)`

// enActWord is the word of the act done, as an answer says it: done, submitted, linked.
const enActWord = `(?:done|submitted|linked|sent|finished|completed|shared)`

// enStepToCome is a step still to come, told in the present: "I get", "the
// page stops", "IT unlocks", "they reopen", "the portal is back", "I've found".
const enStepToCome = `(?:i|we|you|they)\s+(?:get|have|receive|find|hear|figure|sort|manage|fix|can|will|am|are|log|` +
	`sign|finish|come|see|know|reopen|open|unlock|approve|confirm|send)\b|(?:i|we|you|they)'(?:m|re|ve|ll)\b|` +
	`(?:it|he|she|someone|somebody|aws|(?:my|our|the|your|his|her|their)\s+[a-z-]+)\s+(?:has|is|[a-z]*[^aus\W]s)\b`

// jaActWord is a Japanese word of the act done: 完了, 提出済み, 連携した.
const jaActWord = `(?:完了|提出|連携|送信|共有|済み?|しました|した)`

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
		regexp.MustCompile(`外し(?:まし|た|て)|解除|削除|元に戻|戻しました|無視して|取りやめ|取り止め|オフに(?:し|な)|無効に`), "", false},
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
			`(?:アカウント|アドレス|ログイン|ID|ＩＤ)|のではなく|ではなくて`), Done, false},
	{"reversed",
		// source and target swapped, or the company address given as the source, a personal one as the target
		regexp.MustCompile(`\b(?:swap\w*|switched (?:the|them|round|around|source|target)|flip\w*|revers\w*|` +
			`backwards?|mixed up|mix\w* up|transpos\w*)\b|` +
			`\bthe other way (?:round|around)\b|\bwrong way\b|` +
			`\b(?:company|corporate|corp|work|business|office|new)\s+(?:\w+\s+){0,2}?(?:as|for|in|into)\s+` +
			`(?:the\s+)?source\b|\b(?:personal|private|gmail|home|old|previous|former)\s+(?:\w+\s+){0,3}?` +
			`(?:as|for|in|into)\s+(?:the\s+)?(?:target|destination)\b|` +
			// the one to close and the one to keep, named the other way
			`\b(?:company|corporate|corp|work|business|office|new)\s+(?:\w+\s+){0,2}?as\s+the\s+(?:one|account|address|e-?mail|login)\s+to\s+` +
			`(?:close|delete|remove|retire|drop|merge away)\b|\b(?:personal|private|gmail|home|old|previous|former)\s+` +
			`(?:\w+\s+){0,2}?as\s+the\s+(?:one|account|address|e-?mail|login)\s+to\s+keep\b`),
		// 逆に, 反対に, 入れ替えて, あべこべ; 統合先に個人の…
		regexp.MustCompile(`逆に|逆で|反対に|反対で|入れ替|あべこべ|取り違|` +
			`統合先[^。\n]{0,10}(?:個人|私用|プライベート|[Gg]mail|古い|旧)|統合元[^。\n]{0,10}(?:会社|社用|業務用|新しい)|` +
			// the roles named after the accounts: 会社のアドレスを統合元に, 個人のメールを統合先に
			`(?:会社|社用|業務用|仕事用|新しい)[^。\n]{0,10}?統合元に|(?:個人|私用|プライベート|[Gg]mail|古い|旧)[^。\n]{0,10}?統合先に`), "", false},
	{"joke",
		regexp.MustCompile(`\b(?:april fools?|in my dreams?|nah|not really|psych|gotcha)\b|\bi wish\b[\s.!]*(?:$|\n)|` +
			`\bha,? i wish\b`),
		regexp.MustCompile(`なんちゃって|冗談|嘘|うそ[。！!です]|ウソ|夢を見|(?:だったら|なら|であれば)(?:いい|良い)のに|` +
			`と言いたい|と言えたら|と言える(?:のは|ように)|` +
			// a sentence after the answer that opens by turning on it: と言っても…, とはいえ…, と思ったら…
			`(?:^|[\n。！!])\s*(?:と言っても|といっても|とは言え|とはいえ|と思ったら|と思いきや)`), "", false},
	{"someone else",
		// done for the writer by another, or for another, with the writer's own still to come
		regexp.MustCompile(`\bon (?:my|our) behalf\b|\b(?:did|done|sent|submitted|linked|filled|handled|clicked|` +
			`completed)\s+(?:(?:it|this|that|them|the \w+)\s+)?for me\b|\b(?:mine|my own|my one|my account)\s+` +
			`(?:is\s+|will be\s+|comes\s+)?(?:next|to follow|later|still to come|coming)\b|` +
			`\b(?:colleague|assistant|manager|boss|husband|wife|secretary|teammate|someone|somebody)\b` +
			`[^.!?\n]{0,30}\b(?:did|sent|submitted|linked|handled|clicked|filled|set)\b|` +
			`\b(?:he|she|they) did (?:the|it|that)\b|\b(?:done|submitted|sent|linked|completed|handled),?\s+by\s+` +
			`(?:my|our|a|the)\s+(?:[a-z-]+\s+){0,2}?` + otherPeople + `\b`),
		// 部下に頼みました, 妻の分, 山田さんが操作しました, 自分の分はこれから; "IT handled it"
		regexp.MustCompile(`\b(?:IT|HR)\b[^.!?\n]{0,12}\b(?:handled|did|linked|submitted|sent|filled|set|sorted|` +
			`took care)\b|に頼み|に頼ん|にお願いし|代わり|代理|代行|` +
			`(?:さん|様|妻|夫|家族|同僚|部下|上司|主人)の分|` +
			`(?:私|自分|僕|本人)(?:で|が)?はなく|` +
			`(?:操作|提出|送信|連携|入力|設定)(?:した|してくれた|された)のは(?:部下|上司|同僚|妻|夫|家族|担当|総務|人事|` +
			`[^。\n]{0,8}さん|[^。\n]{0,6}の[^。\n]{1,6}です)|` +
			`(?:さん|同僚|部下|上司|妻|夫|情シス|担当者|情報システム部|リーダー|マネージャー|管理者|人事|総務|秘書)が` +
			`[^。\n]{0,20}` +
			`(?:操作|提出|送信|連携|設定|入力|対応|やり|やって|し[てま])|自分の分は`), "", false},
	{"another desk",
		// a case or ticket taken to APN or Partner Central support: help asked of another desk, not AWS's
		// merge form ("opened a case with APN support", "logged a ticket with the Partner Central team")
		regexp.MustCompile(`\b(?:raised|opened|filed|logged|created|submitted|sent)\s+(?:a|an|the|my)\s+` +
			`(?:support\s+)?(?:case|ticket|request)\s+(?:with|to|via|through)\s+(?:the\s+)?(?:aws\s+)?` +
			`(?:apn|partner central|partner network)\b`),
		nil, Submitted, false},
	{"partial",
		// half or part of the act, not "half an hour ago", "half the team" or "as part of onboarding"
		regexp.MustCompile(`\bhalf (?:of )?(?:(?:the|my) )?(?:form|fields|steps?|process|request|questions|it|them|` +
			`way)\b|\bhalfway\b|\bhalf[- ]done\b|` +
			`\bpart of (?:it|them|the (?:form|process|steps?|request|linking|sharing|work))\b|\bpartly\b|` +
			`\bpartially\b|\bup to step|\bsteps? [0-9]+|\bstep (?:one|two|three)\b|` +
			// the first few only, or at least one part: "only the first two went across", "at least the linking part"
			`\bonly (?:the )?(?:first|last) (?:one|two|three|four|five|few|couple|[0-9]+|part|step|half|page|section|` +
			`bit)s?\b|\bat least (?:the )?(?:[a-z]+ )?(?:part|step|half|bit|section)\b`),
		// 手順3まで, 半分, 一部; 一つ目の手順のみです, 共有の設定までは終わっていません
		regexp.MustCompile(`(?:手順|ステップ)\s*[0-9０-９一二三四五]+\s*まで|半分|一部|途中まで|以外は[。\s]*(?:$|\n)|` +
			`(?:一つ目|1つ目|１つ目|最初|前半)の[^。\n]{0,6}(?:のみ|だけ)(?:です|でした|完了|終わ|済|でき)|` +
			`までは[^。\n]{0,6}(?:終わって|済んで|完了して|できて)(?:いません|いない)`), "", false},
	{"draft",
		regexp.MustCompile(`\bdrafts?\b|\bsaved? (?:it )?for later\b|\bonly\s+` +
			`(?:the\s+)?["'‘“]?save\b|\bonly saved\b|` +
			// the send button that cannot be pressed (not another option greyed out, for which the form was sent)
			`\b(?:send|submit)\s+button\s+(?:is|was|stays|stayed|remains|remained)\s+(?:still\s+)?(?:greyed out|` +
			`grayed out|disabled|inactive)\b|` +
			`\b(?:won'?t|wouldn'?t|doesn'?t|didn'?t) let me (?:send|submit|click|save)\b`),
		regexp.MustCompile(`一時保存|下書き|保存(?:だけ|のみ|ボタン)|保存し(?:た)?(?:だけ|のみ)|「保存」|` +
			`送信(?:は|を)?(?:していません|していない)|` +
			`(?:送信|提出)ボタン[^。\n]{0,8}(?:押せ(?:ません|ない|なかった|ず)|グレー|クリックでき(?:ません|ない|なかった|ず))`), "", false},
	{"saved, not sent",
		// "I hit save": a form kept, not sent. The steps mail's last step is
		// "agree to share and save", so beside a Done it is the link's own.
		regexp.MustCompile(`\b(?:hit|clicked|pressed)\s+(?:the\s+)?["'‘“]?save\b`), nil, Submitted, false},
	{"error page",
		regexp.MustCompile(`\b[45][0-9][0-9] (?:page|error|screen)\b|\b(?:error|http) [45][0-9][0-9]\b|\boops\b|` +
			`\bexpired\b|\bnever (?:loaded|came up|appeared|showed)\b|\btry (?:again )?later\b|` +
			`\bred (?:banner|text|message|box|warning)\b|\bexception\b|\bunavailable\b|\bnot found\b|` +
			// the page that never finished: "just a spinner", "kept loading", "stuck on the last page"
			`\b(?:couldn'?t|could not|unable to|can'?t|cannot) (?:process|complete|save|submit|send)\b|` +
			`\b(?:won'?t|wouldn'?t|didn'?t|doesn'?t) (?:save|stick|go through|take)\b|` +
			`\bspinn(?:er|ing)\b|\bkept (?:loading|spinning|reloading)\b|\bstuck\b|\bloading forever\b`),
		regexp.MustCompile(`[45][0-9][0-9](?:が出|エラー|の(?:画面|ページ|エラー)|と表示|と出)|エラー|有効期限が切れ|` +
			`しばらくして|時間をおいて|赤い(?:文字|字|メッセージ|表示)|` +
			`赤字|画面が出ず|画面が出ませ|元の(?:ページ|画面)に戻|戻されました|読み込み中|くるくる|ぐるぐる|固まっ|進まな|` +
			`(?:ページ|画面)が(?:見つかりません|表示されません|開きません|開けません)`), "", true},
	{"unsure",
		regexp.MustCompile(`\bwho knows\b|\bno idea\b|\bcan'?t tell\b|\bcannot tell\b|\bnot sure\b|\bno clue\b|` +
			`\bat least i think\b|\bi think (?:i did|so|it did)\b|\bi (?:believe|guess) so\b`),
		regexp.MustCompile(`不明|(?:た|る|か)(?:かどうか|か)は(?:分か|わか)りません|番号[^。\n]{0,6}出ませんでした|` +
			`(?:画面|表示)[^。\n]{0,8}変わりませんでした|` +
			`確認できていません|見ていません`), "", true},
	{"hoping",
		// hope that it took, after another try too: "fingers crossed it sticks this time" (not a hope that AWS
		// is quick: "fingers crossed they're fast")
		regexp.MustCompile(`\b(?:fingers crossed|hope(?:fully)?|hoping) (?:it|that|this) (?:sticks|stuck|took|` +
			`worked|works|went through|goes through|saved)\b`),
		regexp.MustCompile(`祈|(?:届いて|通って|保存されて|反映されて)(?:い)?(?:ると|れば)(?:いい|良い)`), "", false},
	{"test environment",
		// a kind of environment before what was used, or "in the sandbox" (not a team's name in a signature)
		regexp.MustCompile(`\b(?:sandbox|staging|uat|test|demo|practice|trial|dev|qa)\s+(?:org|account|environment|` +
			`env|tenant|instance|version|site|copy|form|run|apn)\b|\b(?:in|on|into) (?:the |a |our )?(?:sandbox|` +
			`staging|uat)\b|\b(?:dry|trial|practice) run\b|\bdummy\b`),
		regexp.MustCompile(`検証用|検証環境|練習用|サンドボックス|デモ(?:環境|用|アカウント)|テスト環境|テスト用|` +
			`試しに|お試し|ステージング`), "", false},
	{"later",
		// the answer itself said for a day to come ("Done by Friday"; not "it was linked by Monday")
		regexp.MustCompile(`(?:^|\n)\W*(?:done|submitted|linked|finished)\s+by\s+(?:(?:mon|tues|wednes|thurs|fri|` +
			`satur|sun)day|tomorrow|tonight|next week|the end of|end of)\b|\bwill be (?:after|by|once|when)\b|` +
			`\bwill have (?:been|done|it)\b`),
		regexp.MustCompile(`予定です|今夜やり|明日やり|これからやり|週明けに`), "", false},
	{"later, on another's step",
		// the act said for when a step still to come happens: "Done once I get my password reset", "Submitted
		// when they reopen the form" (not a time that has passed: "Done once I got the reset link")
		regexp.MustCompile(`\b` + enActWord + `\s*,?\s*(?:once|when|whenever|as soon as|the (?:moment|minute|second))\s+` +
			`(?:` + enStepToCome + `)`),
		nil, "", false},
	{"negated after a pause",
		// 完了…ではないです, 完了、、、ではありません: the negation goes on past the pause (not 完了…しました)
		nil,
		regexp.MustCompile(`(?:完了|提出|連携|送信|共有|済み?)(?:[…‥]+|[.．・、,，]{2,}|[ー〜~]+)\s*(?:は|も)?` +
			`(?:では|じゃ|でも|して|し|できて|でき|されて)?(?:ない|なく|なかっ|ありません|ございません|いません|おりません|ません|ず)`),
		"", false},
	{"continued to another",
		// the answer goes on past its end to whom or for whom it was done: "Submitted!... to my manager",
		// "Done! To my manager." (not "Done! For the record, ...")
		regexp.MustCompile(`\b` + enActWord + `\s*(?:[.!…,]+|[-–—]+)\s*(?:to|for|into|under)\s+(?:my|our|his|her|their|` +
			`the|a|an|someone'?s?|somebody'?s?)\s+(?:[a-z-]+\s+){0,2}?` + otherPeople + `\b`),
		nil, "", false},
	{"hedged",
		// the answer hedged at a sentence's end: "Done. Well, sort of.", "Submitted, kinda.", "tried to, anyway"
		regexp.MustCompile(`(?:^|[\s,.;:(…-])(?:well,?\s+)?(?:sort of|kind of|kinda|sorta|more or less|in a way|` +
			`(?:tried|attempted|meant|wanted|intended) to(?:,?\s*anyway)?)\s*[.!?)…]*\s*(?:$|\n)`),
		nil, "", false},
	{"all but a part",
		// the act less a part of it: "Done, minus the sharing consent", "aside from agreeing", 保存を除いて完了
		regexp.MustCompile(`\b` + enActWord + `\s*[,;:-]?\s*(?:minus|except(?: for)?|apart from|aside from|other than|` +
			`bar|barring|save for|excluding|but not)\s+(?:the|my|a|an|agreeing|sharing|saving|step|one|that|consent)\b`),
		regexp.MustCompile(`(?:を除いて|を除き|を除けば|以外(?:は|、))[^。\n]{0,6}(?:完了|済|終わ|提出|連携|送信|でき)`),
		"", false},
	{"conditional",
		// a condition on the act: said of it or of the writer at a sentence's start ("If I did it right"),
		// of anything in a clause set right after the answer ("Done, if the email I got counts",
		// "Submitted, assuming ...", "Done as long as ..."); not what others may do next ("If they come back
		// with questions, ...") nor an offer ("if you need anything")
		regexp.MustCompile(`(?:^|\n|[.!?]\s)\s*` + enCondition + `|(?:[,;:(]|\s[-–—]|\b(?:done|submitted|linked|` +
			`sent|finished|completed|shared))\s*(?:` + enCondition + `|if (?:the|my|all|everything)\b)`),
		regexp.MustCompile(jaConcession + `|(?:れば|なら|たら)[。\s]*(?:$|\n)`), "", false},
	{"relayed",
		// another's "done" passed on
		regexp.MustCompile(`\bforward\w*\s+(?:[a-z]+'s|(?:my|our|the)\s+(?:[a-z-]+\s+){0,2}?` + otherPeople +
			`'s)\s+(?:note|message|reply|mail|email|answer|words?)\b|\bpass(?:ing|ed)? (?:it|this|that) on\b|` +
			`\b(?:that's|that is|this is|it's) from [a-z]+\b|` +
			`\b(?:done|submitted|linked)[,.!]*\s+(?:says|said|according to)\s+[a-z]+`),
		// 伝言; the act word passed on (提出済みとのこと, 「完了しました」と部長が言っていました: not
		// other news so told, 処理に1週間かかると聞いています); a person's word (鈴木さんから連絡が)
		regexp.MustCompile(`伝言|` + jaActWord + `(?:だ|です)?[」』"”]?[、,]?\s*(?:との(?:こと|事)|` +
			`と(?:[^。\n]{0,12}(?:が|から|より))?(?:言って|聞いて|伺って|連絡|報告))|` +
			`(?:さん|様|氏|部長|課長|上司|同僚|部下|先輩)から(?:の)?(?:連絡|報告)`), "", false},
	{"sarcasm",
		regexp.MustCompile(`\bfor the (?:second|third|fourth|fifth|sixth|\w+th|[0-9]+(?:nd|rd|th)) time\b|` +
			`\b(?:just )?like (?:last|the last|the previous|before)\b|\bthird time'?s\b`),
		regexp.MustCompile(`(?:[2-9２-９]|[二三四五六七八九十何])回目(?:です|だ|なん|の(?:提出|送信))|何回目か|どうせ|前回(?:みたい|のよう)|また消え`), "", false},
}

// unlessUndercut returns a, the answer read (or leaned to) from lines, the
// own words as answerLines gives them; Unclear when a is a Done or
// Submitted that words of an undercutFamily weigh on, a Yes, Done or
// Submitted that the reply takes back (takenBack), or a verify answer that
// the rest holds back (shownUndercut). Read, ReadAsking and Lean all end on
// it: a case waiting for the act takes a lean of it as it takes an answer,
// so a lean must be held back as surely.
func unlessUndercut(a Answer, lines []string) Answer {
	if (a == Done || a == Submitted) && undercutFamilyOf(lines, a) != "" ||
		(a == Yes || a == Done || a == Submitted) && takenBack(a, lines) || shownUndercut(a, lines) {
		return Unclear
	}
	return a
}

// undercutFamilyOf names the first undercutFamily whose words lines hold
// beside a; "": none. What weighs on nothing is taken out first (setAside,
// jaSetAside), and a line wrapped in mid-sentence is joined to the next
// (unwrapped), so that its last words are not read as a sentence's end.
func undercutFamilyOf(lines []string, a Answer) string {
	text := unwrapped(lines)
	low := asciiLower(text)
	for _, re := range setAside {
		low = re.ReplaceAllString(low, " ")
	}
	ja := text
	for _, re := range jaSetAside {
		ja = re.ReplaceAllString(ja, " ")
	}
	endedWell := triedAgain.MatchString(low) || jaTriedAgain.MatchString(text)
	for _, f := range undercutFamilies {
		if !f.weighsOn(a, low) || f.mayEndWell && endedWell {
			continue
		}
		if f.en != nil && f.en.MatchString(low) || f.ja != nil && f.ja.MatchString(ja) {
			return f.name
		}
	}
	return ""
}

// weighsOn reports whether f's words weigh on a, the reply's own words
// low (see undercutFamily.only).
func (f undercutFamily) weighsOn(a Answer, low string) bool {
	switch f.only {
	case "":
		return true
	case Submitted:
		return a == Submitted || a == Done && !linkNamed.MatchString(low)
	}
	return a == f.only
}

// linkNamed says a Done is of the link: "linked", the certification
// account, Partner Central or APN named.
var linkNamed = regexp.MustCompile(`\blinked\b|\bcertification account\b|\bpartner central\b|\bapn\b`)

// unwrapped is lines joined by line ends, but for a line that goes on in
// the next (isWrapped: long, or ending in a form such as ですが that joins
// it to the next) when the next is a sentence: 「…もしかしたら」 over
// 「打ち間違いがあるかもしれません。」 is one sentence, not one ending in a
// condition. A short line after it (a name) is no sentence it goes on in.
func unwrapped(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		b.WriteString(l)
		if i+1 < len(lines) && !(isWrapped(l) && isSentence(lines[i+1])) {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// isSentence reports a line that ends as a sentence does, or is as long as
// a wrapped one: not a name or a greeting.
func isSentence(line string) bool {
	t := strings.TrimSpace(line)
	r, _ := utf8.DecodeLastRuneInString(t)
	return t != "" && (strings.ContainsRune(".!?。…！？", r) || utf8.RuneCountInString(t) >= minWrappedRunes)
}

// setAside and jaSetAside are what weighs on no act, in English (on the
// ASCII-lowered text) and as written: the offers of help and more ("let me
// know if you need anything", 何かあれば), a "no error came up", a notice
// asking a wrong recipient to delete the mail, a wrong account named as the
// one not used, and another person's own act still to come ("my manager
// hasn't sent hers yet").
var (
	setAside   = []*regexp.Regexp{offering, askOffer, deleteThisMail, avoidedAccount, othersNotYet}
	jaSetAside = []*regexp.Regexp{jaNoError, jaOffering, jaDeleteThisMail, jaAvoidedAccount}
)

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

// deleteThisMail and jaDeleteThisMail ask whoever received the mail in
// error to delete it: a confidentiality notice, no act undone.
var (
	deleteThisMail = regexp.MustCompile(`\b(?:delete|destroy|discard|erase)\s+(?:(?:it|this|the)\s+)?` +
		`(?:e-?mail|message|communication|transmission)s?\b(?:\s+(?:and|or)\s+(?:any|all)\s+(?:copies|attachments)\b)?`)
	jaDeleteThisMail = regexp.MustCompile(`(?:本|この|当)(?:電子)?メール[^。\n]{0,20}(?:削除|破棄)[^。\n]{0,6}?` +
		`(?:ください|下さい|お願い|願います|いただ)`)
)

// avoidedAccount and jaAvoidedAccount name the wrong account as the one
// not used: "not the old one", "rather than my old personal account",
// 古いアカウントではなく.
var (
	avoidedAccount = regexp.MustCompile(`\b(?:not|instead of|rather than)\s+(?:the|my|our)\s+(?:old|older|previous|` +
		`former|prior|personal|private|gmail|home|wrong)\s+(?:[a-z-]+\s+){0,2}?(?:accounts?|ones?|logins?|` +
		`e-?mail(?: address)?|address(?:es)?|ids?|profiles?)\b`)
	jaAvoidedAccount = regexp.MustCompile(`(?:古い|旧|以前の|前の|昔の|個人|私用|プライベート|前職)[^。\n、]{0,10}?` +
		`(?:では|じゃ)なく(?:て)?`)
)

// othersNotYet is another person's own act still to come: "my manager Ken
// hasn't sent his yet". Only the person and at most two words (a name)
// before the negation: "my colleague did it, I haven't looked" is no such.
var othersNotYet = regexp.MustCompile(`\b(?:` + otherPeople + `|someone|somebody)(?:\s+[a-z]+){0,2}?\s+` +
	`(?:hasn'?t|has not|haven'?t|have not|is yet to|has yet to|still (?:has|needs) to)\b`)
