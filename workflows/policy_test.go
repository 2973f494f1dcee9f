package workflows

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"
)

// Every field of Policy is filled from the settings: a field NewPolicy
// forgets would be zero in every case the worker runs.
func TestNewPolicyFillsEveryField(t *testing.T) {
	v := reflect.ValueOf(NewPolicy(testConfig()))
	for i := 0; i < v.NumField(); i++ {
		if v.Field(i).IsZero() {
			t.Errorf("Policy.%s is not set by NewPolicy", v.Type().Field(i).Name)
		}
	}
}

// The recorded histories hold the policy under these names
// (TestReplayRecordedHistories decodes them): renaming a Go field must not
// rename its JSON.
func TestPolicyJSONNamesAreThoseOfTheHistories(t *testing.T) {
	raw, err := json.Marshal(NewPolicy(testConfig()))
	if err != nil {
		t.Fatal(err)
	}
	var fields map[string]any
	if err := json.Unmarshal(raw, &fields); err != nil {
		t.Fatal(err)
	}
	var got []string
	for k := range fields {
		got = append(got, k)
	}
	slices.Sort(got)
	want := []string{"give_up_after", "max_mails", "merge_form_url", "merge_reply_policy", "merge_submit",
		"operator_email", "remind_after", "send_alert_after", "share_give_up_after", "share_max_checks",
		"share_recheck_after", "share_remind_after", "share_wait", "support_address"}
	if !slices.Equal(got, want) {
		t.Fatalf("JSON names %v, want %v", got, want)
	}
}
