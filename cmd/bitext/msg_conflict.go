package main

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The message of conflict.Code (a literal, so the catalog test finds it;
// TestEveryCodeHasMessage holds the two together).
func init() {
	registerErrorMessages(&i18n.Message{ID: "err.merge-conflict", Other: "merge conflict marker {{.marker}}: resolve the merge conflict first"})
}
