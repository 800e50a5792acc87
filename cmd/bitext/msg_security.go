package main

import (
	"strings"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/crypto/ssh"

	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/workflow"
	"github.com/bitext-desk/bitext/workflow/signing"
)

// Messages of the trust boundary (issue 11): paths, file limits, locks,
// signed approvals.
var (
	msgErrOutside       = &i18n.Message{ID: "err.path.outside", Other: "{{.key}}: {{.path}} leads outside the workspace; bitext reads and writes only inside it"}
	msgErrSymlink       = &i18n.Message{ID: "err.path.symlink", Other: "the segment file is a symbolic link; bitext replaces segment files when it writes them, so keep the file itself in the articles directory"}
	msgErrLockTimeout   = &i18n.Message{ID: "err.lock.timeout", Other: "gave up after {{.timeout}} waiting for article {{.article}}, which {{.holder}} is writing (lock_timeout in bitext.yaml)"}
	msgErrNotRegular    = &i18n.Message{ID: "err.file.not-regular", Other: "not a regular file ({{.kind}}); bitext reads only regular files"}
	msgErrTooLarge      = &i18n.Message{ID: "err.file.too-large", Other: "the file is larger than {{.limit}} (max_file_size in bitext.yaml)"}
	msgErrSigners       = &i18n.Message{ID: "err.settings.signers-required", Other: "require_signed_approvals needs allowed_signers: the file that names who may approve"}
	msgErrSignFailed    = &i18n.Message{ID: "err.approve.sign", Other: "could not sign the approval: {{.cause}}"}
	msgErrNoKey         = &i18n.Message{ID: "err.approve.no-signing-key", Other: "this workspace requires signed approvals, and git names no SSH signing key"}
	msgErrKeyNotAllowed = &i18n.Message{ID: "err.approve.key-not-allowed", Other: "your signing key {{.key}} is not allowed to approve as {{.as}}{{if .principals}} (it is given to {{.principals}}){{end}}"}
	msgErrSignersLine   = &i18n.Message{ID: "err.signers.syntax", Other: "allowed-signers file: {{.problem}}"}
	msgHintSigningKey   = &i18n.Message{ID: "hint.approve.signing-key", Other: "set it up as for signed commits: git config gpg.format ssh; git config user.signingkey ~/.ssh/id_ed25519.pub"}
	msgLockWait         = &i18n.Message{ID: "workflow.lock.wait", Other: "waiting for article {{.Article}}, which {{.Holder}} is writing (giving up after {{.Timeout}}; lock_timeout in bitext.yaml)"}
	msgApproveSigned    = &i18n.Message{ID: "cmd.approve.signed", Other: "signed with {{.Key}}"}

	ruleSelfApproved      = &i18n.Message{ID: "check.workflow.self-approved", Other: "approved by {{.by}}, who translated it (self_approve is off): have another reviewer approve it"}
	ruleApprovalForced    = &i18n.Message{ID: "check.workflow.approval-forced", Other: "approved by {{.by}} with --force, over a refusal"}
	ruleApprovalUnsigned  = &i18n.Message{ID: "check.workflow.approval-unsigned", Other: "the approval by {{.by}} is not signed (require_signed_approvals): approve it again with a signing key"}
	ruleApprovalSignature = &i18n.Message{ID: "check.workflow.approval-signature", Other: "the signature of the approval by {{.by}} does not match the approval: it was made for other text or changed ({{.detail}})"}
	ruleApprovalSigner    = &i18n.Message{ID: "check.workflow.approval-signer", Other: "the approval says {{.by}}, but it was signed with {{.key}}, which the allowed signers give {{if .principals}}to {{.principals}}{{else}}to nobody{{end}}"}
)

func init() {
	registerErrorMessages(msgErrOutside, msgErrSymlink, msgErrLockTimeout, msgErrNotRegular, msgErrTooLarge,
		msgErrSigners, msgErrSignFailed, msgErrNoKey, msgErrSignersLine, msgErrKeyNotAllowed)
	ruleMessages[workflow.RuleSelfApproved] = ruleSelfApproved
	ruleMessages[workflow.RuleApprovalForced] = ruleApprovalForced
	ruleMessages[workflow.RuleApprovalUnsigned] = ruleApprovalUnsigned
	ruleMessages[workflow.RuleApprovalSignature] = ruleApprovalSignature
	ruleMessages[workflow.RuleApprovalSigner] = ruleApprovalSigner
}

// lockWait says that a command waits for an article, and for whom.
func (a *app) lockWait(article, holder string, timeout time.Duration) {
	a.warn(msgLockWait, "Article", article, "Holder", holder, "Timeout", timeout.String())
}

// approvalSigner opens the reviewer's SSH signing key when git is set up
// to sign with one (or fails when the workspace requires signed approvals
// and it is not); sign is nil when approvals go unsigned. A key the allowed
// signers do not give to the approver (as) is refused before anything is
// written: check would reject what it signs.
func (a *app) approvalSigner(ws *workflow.Workspace, as string) (sign func(signing.Record) (string, error), done func(), err error) {
	done = func() {}
	if !signing.GitConfigured(ws.Root) {
		if ws.Settings.RequireSignedApprovals {
			return nil, done, &diag.Error{Kind: diag.Usage, Code: workflow.CodeNoSigningKey}
		}
		return nil, done, nil
	}
	s, err := signing.OpenGitSigner(ws.Root, a.Getenv)
	if err != nil {
		return nil, done, &diag.Error{Kind: diag.IO, Code: workflow.CodeSignFailed, Err: err, Args: diag.A{"cause": err.Error()}}
	}
	if principals, ok := ws.SigningKeyAllowed(s.PublicKey(), as, a.Now()); !ok {
		s.Close()
		return nil, done, &diag.Error{Kind: diag.Usage, Code: workflow.CodeKeyNotAllowed, File: ws.AllowedSignersFile(),
			Args: diag.A{"key": ssh.FingerprintSHA256(s.PublicKey()), "as": as, "principals": strings.Join(principals, ", ")}}
	}
	said := false
	return func(r signing.Record) (string, error) {
		if !said {
			a.say(msgApproveSigned, "Key", ssh.FingerprintSHA256(s.PublicKey()))
			said = true
		}
		return signing.Sign(s, r)
	}, s.Close, nil
}
