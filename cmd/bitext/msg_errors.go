package main

import (
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/bitext-desk/bitext/articles/diag"
)

// errorMessages render diag error codes. Each ID is a code from diag (or one
// registered with diag.Register); TestEveryCodeHasMessage holds them together.
var errorMessages = []*i18n.Message{
	{ID: diag.CodeIO, Other: "{{.cause}}"}, // the file is the position, printed once before it
	{ID: diag.CodeUTF8, Other: "not valid UTF-8 text"},
	{ID: diag.CodeEmpty, Other: "the file is empty"},
	{ID: diag.CodeNoChinese, Other: "the file has no Chinese text"},
	{ID: diag.CodeYAMLSyntax, Other: "not valid YAML: {{.detail}}"},
	{ID: "err.glossary.missing", Other: "there is no glossary {{.glossary}}: create it (an empty one is 'terms: []'), or name the right file with glossary: in bitext.yaml"},
	{ID: "err.yaml.unclosed", Other: "not valid YAML: the {{.open}} opened here is never closed"},
	{ID: "err.yaml.after-quote", Other: "not valid YAML: this {{.quote}} ends the quoted value and text follows it: inside '...' write ' as '', inside \"...\" write \" as \\\""},
	{ID: "err.yaml.colon", Other: "not valid YAML: an unquoted value holds ': ' here: put the whole value in double quotes"},
	{ID: "err.yaml.indent", Other: "not valid YAML: this line is indented like no key around it: line it up with its neighbours"},
	{ID: diag.CodeYAMLUnknownKey, Other: "unknown key {{.key}} (known keys: {{.known}})"},
	{ID: diag.CodeYAMLDupKey, Other: "key {{.key}} is given twice"},
	{ID: diag.CodeYAMLMissing, Other: "required key {{.key}} is missing"},
	{ID: diag.CodeYAMLType, Other: "expected {{.want}}, found {{.got}}"},
	{ID: diag.CodeYAMLBadValue, Other: "invalid value {{.value}} for {{.key}}"},
	{ID: diag.CodeBadState, Other: "unknown state {{.state}} (states: new, draft, translated, approved, stale)"},
	{ID: diag.CodeDupSegmentID, Other: "segment id {{.id}} is used twice"},
	{ID: diag.CodeBadVersion, Other: "segment-file format {{.got}} is not supported (this bitext reads format {{.want}})"},
	{ID: diag.CodeNoWorkspace, Other: "no bitext workspace here"},
	{ID: diag.CodeWorkspaceExists, Other: "a workspace already exists here"},
	{ID: diag.CodeBadSlug, Other: "invalid article slug {{.slug}}: use letters, digits, '.', '_' and '-', with no '/' or '..'"},
	{ID: diag.CodeSlugExists, Other: "article {{.slug}} already exists"},
	{ID: diag.CodeNoArticle, Other: "no article {{.article}} in this workspace"},
	{ID: diag.CodeNoSegment, Other: "article {{.article}} has no segment {{.segment}}"},
	{ID: diag.CodeNoIdentity, Other: "this command needs to know who you are"},
	{ID: diag.CodeSourceMissing, Other: "the source file is missing (named by {{.segments}})"},
	{ID: diag.CodeBadSetting, Other: "invalid setting {{.key}}: {{.value}}"},
	{ID: codeUnknownCommand, Other: "unknown command {{.command}}"},
	{ID: codeUnknownFlag, Other: "unknown flag {{.flag}}"},
	{ID: codeFlagValue, Other: "flag {{.flag}} needs a value"},
	{ID: codeArgs, Other: "{{.command}}: {{.problem}}"},
	{ID: codeBadFormat, Other: "unknown format {{.format}} (formats: {{.formats}})"},
}

var (
	msgHintInit        = &i18n.Message{ID: "hint.init", Other: "create one with 'bitext init DIR', or name one with -C DIR"}
	msgHintSlug        = &i18n.Message{ID: "hint.slug", Other: "choose another slug with --slug"}
	msgHintIdentity    = &i18n.Message{ID: "hint.identity", Other: "pass --as NAME, or set BITEXT_USER, or git config user.name"}
	msgHintStatus      = &i18n.Message{ID: "hint.status", Other: "'bitext status' lists the articles"}
	msgHintSlugEN      = &i18n.Message{ID: "hint.slug.en", Other: "add --en makes a new article: to align this English into {{.slug}} while it has no English yet, delete articles/{{.slug}}.yaml and articles/{{.slug}}.zh.md and run it again; to keep both, choose another slug with --slug"}
	msgHintArticleNear = &i18n.Message{ID: "hint.article.near", Other: "did you mean {{.near}}? 'bitext status' lists the articles"}
	msgHintSegNear     = &i18n.Message{ID: "hint.segment.near", Other: "did you mean {{.near}}? 'bitext show {{.article}}' lists its segments"}
	msgHintSegList     = &i18n.Message{ID: "hint.segment.list", Other: "'bitext show {{.article}}' lists its segments"}
	msgHintSegGone     = &i18n.Message{ID: "hint.segment.archived", Other: "{{.segment}} is no longer in the source: sync archived it with its English ('bitext show {{.article}}' lists it at the end)"}
)

var errorByID = func() map[string]*i18n.Message {
	m := map[string]*i18n.Message{}
	for _, msg := range errorMessages {
		m[msg.ID] = msg
	}
	return m
}()

// registerErrorMessages adds the messages of codes defined by other areas.
func registerErrorMessages(msgs ...*i18n.Message) {
	for _, m := range msgs {
		errorByID[m.ID] = m
	}
}

// errorMessage finds the message of a code; an unknown code shows as itself.
func errorMessage(code string) *i18n.Message {
	if m, ok := errorByID[code]; ok {
		return m
	}
	return &i18n.Message{ID: code, Other: code}
}

// hintFor is the hint printed after an error, if any; it is filled with
// the error's arguments (and Command).
func hintFor(code string, args diag.A) *i18n.Message {
	switch code {
	case diag.CodeNoSegment:
		switch {
		case args["archived"] == true:
			return msgHintSegGone
		case args["near"] != nil:
			return msgHintSegNear
		}
		return msgHintSegList
	case diag.CodeNoWorkspace:
		return msgHintInit
	case diag.CodeSlugExists:
		if args["en"] == true {
			return msgHintSlugEN
		}
		return msgHintSlug
	case diag.CodeNoIdentity:
		return msgHintIdentity
	case diag.CodeNoArticle:
		if args["near"] != nil {
			return msgHintArticleNear
		}
		return msgHintStatus
	case "err.approve.no-signing-key":
		return msgHintSigningKey
	case codeUnknownCommand:
		return msgHintHelp
	case codeUnknownFlag, codeFlagValue, codeFlagInvalid, codeArgs, codeBadFormat:
		return msgHintCmdHelp
	}
	return nil
}
