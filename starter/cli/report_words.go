package cli

import (
	"fmt"

	"github.com/certflow/certflow/workflows"
)

// The report's words in each language. Japanese is written for the admin
// who reads it, not translated word for word.

var stateWords = map[string]map[string]string{
	"en": {
		"submitting": "submitting", "awaiting_consent": "awaiting AWS's consent request",
		"awaiting_completion": "awaiting AWS's completion", "awaiting_link": "awaiting the employee's link",
		"waiting": "waiting for AWS to reflect", "verifying": "employee checking the profile",
		"completed": "completed", "needs_attention": "needs attention", "cancelled": "cancelled", "failed": "failed",
		"terminated": "terminated", "timed_out": "timed out", "earlier": "in an earlier step",
	},
	"ja": {
		"submitting": "申請中", "awaiting_consent": "AWS の同意確認待ち", "awaiting_completion": "AWS の完了連絡待ち",
		"awaiting_link": "本人の紐付け待ち", "waiting": "AWS の反映待ち", "verifying": "本人の表示確認待ち",
		"completed": "完了", "needs_attention": "要対応", "cancelled": "取り消し", "failed": "失敗",
		"terminated": "強制終了", "timed_out": "時間切れ", "earlier": "それより前の段階",
	},
}

var kindWords = map[string]map[string]string{
	"en": {workflows.KindMerge: "merge", workflows.KindShare: "share"},
	"ja": {workflows.KindMerge: "アカウント統合", workflows.KindShare: "APN への共有"},
}

var waitWords = map[string]map[string]string{
	"en": {
		"merge/submitting":          "the request to reach AWS (the requester's \"submitted\", or the mail)",
		"merge/awaiting_consent":    "AWS to ask for the consent",
		"merge/awaiting_completion": "AWS to report the merge done",
		"share/awaiting_link":       "the employee to link the account and answer \"done\"",
		"share/waiting":             "AWS to reflect the link (a timer)",
		"share/verifying":           "the employee to answer whether the APN profile shows the certifications",
		"needs_attention":           "a person: see starter status",
	},
	"ja": {
		"merge/submitting":          "AWS への申請（本人の「提出しました」またはメール送信）",
		"merge/awaiting_consent":    "AWS からの同意確認メール",
		"merge/awaiting_completion": "AWS からの統合完了の連絡",
		"share/awaiting_link":       "本人による紐付けと「完了しました」の返信",
		"share/waiting":             "AWS 側への反映（待ち時間の経過）",
		"share/verifying":           "APN プロファイルに表示されたかの本人の返事",
		"needs_attention":           "担当者の対応（starter status で確認）",
	},
}

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
var pageWords = map[string]map[string]string{
	"en": {
		"title": "certflow report", "generated": "Generated", "filter": "Cases", "all": "all cases",
		"totals": "Totals by kind and state", "kind": "Kind", "state": "State", "total": "Total",
		"chart": "Cases by state over time",
		"chart_note": "Each bar is the cases started by then, by the state they were in; " +
			"before a case reached its present state it counts as \"in an earlier step\".",
		"attention": "Needs attention", "none": "Nothing needs attention.", "cases": "Every case",
		"case": "Case", "person": "Person", "started": "Started", "last_change": "Last change",
		"days": "Days in state", "aws_case": "AWS case", "waits_for": "Waits for",
		"share_note": "Counted by APN login; employees whose only cases were cancelled are left out.",
	},
	"ja": {
		"title": "certflow 案件レポート", "generated": "作成日時", "filter": "対象", "all": "すべての案件",
		"totals": "種類・状態ごとの件数", "kind": "種類", "state": "状態", "total": "合計",
		"chart": "状態ごとの案件数の推移",
		"chart_note": "各棒はその時点までに始まった案件を、その時点の状態で積み上げたものです。" +
			"現在の状態になる前の期間は「それより前の段階」として数えています。",
		"attention": "要対応の案件", "none": "対応が必要な案件はありません。", "cases": "すべての案件",
		"case": "案件 ID", "person": "氏名", "started": "開始", "last_change": "最終更新",
		"days": "現在の状態の日数", "aws_case": "AWS ケース番号", "waits_for": "待っていること",
		"share_note": "APN ログインごとに数えています。取り消した案件しかない従業員は含みません。",
	},
}

// headline is the sentence the APN admin hands on.
func headline(lang string, shared, employees int) string {
	if lang == "ja" {
		return fmt.Sprintf("従業員 %d 名のうち %d 名の認定資格が APN アカウントに共有されています", employees, shared)
	}
	return fmt.Sprintf("%d of %d employees' certifications are shared with the APN account", shared, employees)
}
