package reply

// What the writer did to find out, said before (or after) the answer,
// says nothing of the answer: "Had a look this morning. Yes, all three
// are there.", "I logged in and checked. Yes.", "Took a quick look on my
// laptop. Yes." It is a family of side remarks (remarks.go): set aside
// only when the whole clause is one, so a look that found something ("I
// looked and they aren't there"), was not taken ("I haven't had a look"),
// is to come ("I'll have a look"), was taken at another thing ("at the
// old account") or with someone ("checked with my manager") is read as
// before. Only what is looked at on the writer's own page is named: a
// look at an account, a date or a mail may bear on a consent.

// checkedHow is one act of looking, with what, where and when.
const checkedHow = `(?:(?:` + checkWhen + `),? )?(?:(?:so |and |then |ok |okay )?(?:i |i've |i have |i just |` +
	`i've just |i have just |i've now |i have now |i now )?(?:(?:just|quickly|finally|also|now|only just) )?` +
	`(?:` + lookAct + `|` + loggedIn + `|` + openedPage + `|` + gotToLook + `))(?: ` + checkWhere + `)?(?: (?:` +
	checkWhen + `)){0,2}(?: to (?:be sure|make sure|double-check|confirm))?`

// openedPage is bringing the page up to look: "opened my APN profile",
// "went into Partner Central", "refreshed the page".
const openedPage = `(?:opened|opened up|pulled up|brought up|went to|went into|went onto|navigated to|` +
	`refreshed|reloaded) ` + lookedAt

// gotToLook is finding the time to look: "finally got a chance to look",
// "got round to checking the profile".
const gotToLook = `(?:got|had|found) (?:a chance|the chance|a moment|a minute|a sec|a second|some time|time|` +
	`round|around) to (?:look|check|have a look|take a look|log in|sign in|checking|looking)(?: (?:at |in |on )?` +
	lookedAt + `)?`

// lookAct is a look, at the writer's own page or at nothing named.
const lookAct = `(?:(?:had|took|taken|have had|have taken|'ve had|'ve taken) (?:a|another) (?:(?:quick|quick little|` +
	`proper|closer|second|fresh|good) )?(?:look|peek|glance)(?: (?:at|in|on|through) ` + lookedAt + `)?|` +
	`(?:checked|double-checked|double checked|re-checked|rechecked|looked again|checked again)(?: ` + lookedAt +
	`)?|looked (?:at|in|on|through) ` + lookedAt + `)`

// loggedIn is signing in to look: "logged in to Partner Central and
// checked", "signed in and had a look".
const loggedIn = `(?:logged|signed) (?:in|on|back in|back on|into ` + lookedAt + `)(?: (?:to|into|on) ` + lookedAt +
	`)?(?:(?:,)? (?:and|then|and then|to) (?:checked|check|looked|look|had a look|have a look|took a look|` +
	`take a look|double-checked|double-check)(?: (?:at |in |on )?` + lookedAt + `)?)?`

// lookedAt is what was looked at: the writer's page, or "it".
const lookedAt = `(?:it|this|that|(?:the|my|our) (?:apn |partner |partner central |aws |partner network )?` +
	`(?:profile|portal|page|listing|dashboard|profile page)|(?:aws )?partner central|(?:the )?apn(?: portal)?|` +
	`(?:the|my) (?:aws )?certifications?(?: (?:tab|page|section|list))?)`

// checkWhere is the device or page the look was taken on.
const checkWhere = `(?:on|from|using|in) (?:my |the )?(?:laptop|work laptop|desktop|computer|pc|mac|browser|` +
	`web|website|desktop site|web version|desktop version)`

// checkWhen is a time of looking that is now or today: a look days ago
// tells nothing of what shows now.
const checkWhen = `(?:this morning|this afternoon|this evening|today|just now|earlier today|a moment ago|` +
	`a minute ago|a few minutes ago|first thing|again|now|before replying|before writing back|before answering)`

// jaCheckedHow is the same in Japanese: ログインして確認しました,
// 今朝パートナーセントラルを見てみました, 先ほどチェックしました. Said alone
// 確認しました is neutral already (phrases.go); this family adds when, where
// and how.
const jaCheckedHow = `(?:(?:今朝|先ほど|先程|さきほど|今|いま|本日|今日|改めて|念のため|再度)(?:, )?)?` +
	`(?:(?:(?:パートナーセントラル|partner central|apn|apnのポータル|ポータル|プロフィール|apnプロフィール|` +
	`apn のプロフィール|apnのプロフィール|管理画面|画面|ページ)(?:に|へ|を|で)(?:, )?)?(?:ログインして|サインインして)?` +
	`(?:(?:パートナーセントラル|partner central|apn|ポータル|プロフィール|apnのプロフィール|画面|ページ)(?:を|で)(?:, )?)?` +
	`(?:確認|チェック|拝見)(?:して(?:みました|みたところ)|しました|いたしました|致しました|したところ)|` +
	`(?:(?:パートナーセントラル|ポータル|プロフィール|apnのプロフィール|画面|ページ)を)?見(?:てみ)?(?:ました|たところ)|` +
	`(?:(?:パートナーセントラル|ポータル|プロフィール|apnのプロフィール|画面|ページ)を)?(?:開いて|開き)(?:, )?` +
	`(?:確認|チェック)(?:しました|したところ|してみました)|` +
	`(?:パートナーセントラル|ポータル|apn)に(?:ログイン|サインイン)(?:しました|してみました))`

// greetingOpener is a greeting that opens a reply without a name the
// courtesies hold: "Evening all", "Morning folks", "Hiya everyone".
// Before the answer only: "Yes. Good evening" is as odd as it is rare.
const greetingOpener = `(?:(?:good )?(?:morning|afternoon|evening)|hiya|hi|hey|hello|howdy|greetings)` +
	`(?: (?:all|everyone|everybody|folks|team|there|again|both|guys|y'all))?`
