package main

import (
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/bitext-desk/bitext/workflow"
)

// ruleNumbersWeekday is qa.numbers' message for a day the English gives as
// a weekday that the calendar contradicts (the year and month from the
// Chinese or from the article's date, its slug's YYYY-MM-DD).
var ruleNumbersWeekday = &i18n.Message{ID: "check.qa.numbers.weekday", Other: "{{.number}}: {{.date}} is a {{.weekday}}, but the English says {{.said}}"}

// numbersMessage is the message of a qa.numbers finding f, when it is not
// the rule's own: nil otherwise.
func numbersMessage(f *workflow.Finding) *i18n.Message {
	if f.Rule == workflow.RuleNumbers && f.Args["said"] != nil {
		return ruleNumbersWeekday
	}
	return nil
}
