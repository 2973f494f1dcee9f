package cli

import (
	"fmt"

	"github.com/certflow/certflow/workflows"
)

// The report's words in each language. Japanese is written for the admin
// who reads it, not translated word for word. Each key has its words in
// every language side by side, so none can be missing in one of them.

// translation is one text in each language the report speaks.
type translation struct{ en, ja string }

// byLanguage turns key -> translation into the lang -> key -> words table
// the report looks words up in.
func byLanguage(t map[string]translation) map[string]map[string]string {
	out := map[string]map[string]string{"en": {}, "ja": {}}
	for key, w := range t {
		out["en"][key] = w.en
		out["ja"][key] = w.ja
	}
	return out
}

var stateWords = byLanguage(map[string]translation{
	"submitting":          {en: "submitting", ja: "申請中"},
	"awaiting_consent":    {en: "awaiting AWS's consent request", ja: "AWS の同意確認待ち"},
	"awaiting_completion": {en: "awaiting AWS's completion", ja: "AWS の完了連絡待ち"},
	"awaiting_link":       {en: "awaiting the employee's link", ja: "本人の紐付け待ち"},
	"waiting":             {en: "waiting for AWS to reflect", ja: "AWS の反映待ち"},
	"verifying":           {en: "employee checking the profile", ja: "本人の表示確認待ち"},
	"completed":           {en: "completed", ja: "完了"},
	"needs_attention":     {en: "needs attention", ja: "要対応"},
	"cancelled":           {en: "cancelled", ja: "取り消し"},
	"failed":              {en: "failed", ja: "失敗"},
	"terminated":          {en: "terminated", ja: "強制終了"},
	"timed_out":           {en: "timed out", ja: "時間切れ"},
	"earlier":             {en: "in an earlier step", ja: "それより前の段階"},
})

var kindWords = byLanguage(map[string]translation{
	workflows.KindMerge: {en: "merge", ja: "アカウント統合"},
	workflows.KindShare: {en: "share", ja: "APN への共有"},
})

var waitWords = byLanguage(map[string]translation{
	"merge/submitting": {
		en: "the request to reach AWS (the requester's \"submitted\", or the mail)",
		ja: "AWS への申請（本人の「提出しました」またはメール送信）",
	},
	"merge/awaiting_consent":    {en: "AWS to ask for the consent", ja: "AWS からの同意確認メール"},
	"merge/awaiting_completion": {en: "AWS to report the merge done", ja: "AWS からの統合完了の連絡"},
	"share/awaiting_link": {
		en: "the employee to link the account and answer \"done\"",
		ja: "本人による紐付けと「完了しました」の返信",
	},
	"share/waiting": {en: "AWS to reflect the link (a timer)", ja: "AWS 側への反映（待ち時間の経過）"},
	"share/verifying": {
		en: "the employee to answer whether the APN profile shows the certifications",
		ja: "APN プロファイルに表示されたかの本人の返事",
	},
	"needs_attention": {en: "a person: see starter status", ja: "担当者の対応（starter status で確認）"},
})

func waitsFor(lang, kind, state string) string {
	if w, ok := waitWords[lang][kind+"/"+state]; ok {
		return w
	}
	return waitWords[lang][state]
}

func word(table map[string]map[string]string, lang, key string) string {
	if w, ok := table[lang][key]; ok {
		return w
	}
	return key
}

// pageWords are the headings of the HTML report.
var pageWords = byLanguage(map[string]translation{
	"title":     {en: "certflow report", ja: "certflow 案件レポート"},
	"generated": {en: "Generated", ja: "作成日時"},
	"filter":    {en: "Cases", ja: "対象"},
	"all":       {en: "all cases", ja: "すべての案件"},
	"totals":    {en: "Totals by kind and state", ja: "種類・状態ごとの件数"},
	"kind":      {en: "Kind", ja: "種類"},
	"state":     {en: "State", ja: "状態"},
	"total":     {en: "Total", ja: "合計"},
	"chart":     {en: "Cases by state over time", ja: "状態ごとの案件数の推移"},
	"chart_note": {
		en: "Each bar is the cases started by then, by the state they were in; " +
			"before a case reached its present state it counts as \"in an earlier step\".",
		ja: "各棒はその時点までに始まった案件を、その時点の状態で積み上げたものです。" +
			"現在の状態になる前の期間は「それより前の段階」として数えています。",
	},
	"attention":   {en: "Needs attention", ja: "要対応の案件"},
	"none":        {en: "Nothing needs attention.", ja: "対応が必要な案件はありません。"},
	"cases":       {en: "Every case", ja: "すべての案件"},
	"case":        {en: "Case", ja: "案件 ID"},
	"person":      {en: "Person", ja: "氏名"},
	"started":     {en: "Started", ja: "開始"},
	"last_change": {en: "Last change", ja: "最終更新"},
	"days":        {en: "Days in state", ja: "現在の状態の日数"},
	"aws_case":    {en: "AWS case", ja: "AWS ケース番号"},
	"waits_for":   {en: "Waits for", ja: "待っていること"},
	"share_note": {
		en: "Counted by APN login; employees whose only cases were cancelled are left out.",
		ja: "APN ログインごとに数えています。取り消した案件しかない従業員は含みません。",
	},
})

// headline is the sentence the APN admin hands on.
func headline(lang string, shared, employees int) string {
	if lang == "ja" {
		return fmt.Sprintf("従業員 %d 名のうち %d 名の認定資格が APN アカウントに共有されています", employees, shared)
	}
	return fmt.Sprintf("%d of %d employees' certifications are shared with the APN account", shared, employees)
}
