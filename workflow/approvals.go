package workflow

import (
	"errors"
	"io/fs"
	"strings"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/workflow/signing"
)

// Rules about who approved (issue 11): check enforces what approve does,
// and with require_signed_approvals verifies every approval's signature.
const (
	RuleSelfApproved      = "workflow.self-approved"
	RuleApprovalForced    = "workflow.approval-forced"
	RuleApprovalUnsigned  = "workflow.approval-unsigned"
	RuleApprovalSignature = "workflow.approval-signature"
	RuleApprovalSigner    = "workflow.approval-signer"
)

// Error codes of signed approvals.
const (
	// CodeSignersRequired: require_signed_approvals without allowed_signers.
	CodeSignersRequired = "err.settings.signers-required"
	// CodeSignFailed: the approval could not be signed (exit 2).
	CodeSignFailed = "err.approve.sign"
	// CodeNoSigningKey: signed approvals are required, and git names no key.
	CodeNoSigningKey = "err.approve.no-signing-key"
)

func init() { diag.Register(CodeSignersRequired, CodeSignFailed, CodeNoSigningKey) }

// ApprovalRecord is what an approval's signature covers.
func ApprovalRecord(slug string, s *articles.Segment) signing.Record {
	a := s.Approval
	return signing.Record{Article: slug, Segment: s.ID, ZHSHA256: a.ZHSHA256, ENSHA256: a.ENSHA256, By: a.By, At: a.At, Forced: a.Forced}
}

// AllowedSigners loads the allowed-signers file bitext.yaml names (nil when
// it names none). A line that does not parse is an error at its position;
// a named file that is missing is an error too.
func (w *Workspace) AllowedSigners() (*signing.AllowedSigners, error) {
	path := w.allowedSignersPath()
	if path == "" {
		return nil, nil
	}
	data, err := w.readFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			pos := w.Settings.at["allowed_signers"]
			return nil, diag.At(w.abs(SettingsFile), pos.Line, pos.Col, diag.CodeIO, diag.A{"cause": "no such file: " + w.Settings.AllowedSigners})
		}
		return nil, err
	}
	return signing.ParseAllowedSigners(path, data)
}

// approvalFindings are the findings about who approved an approved
// segment: one's own translation approved (unless self_approve), an
// approval forced over refusals, and, with require_signed_approvals, a
// missing, bad or wrongly signed signature. mk makes a finding of a rule.
func (w *Workspace) approvalFindings(slug string, s *articles.Segment, mk func(rule string) Finding) []Finding {
	a := s.Approval
	if a == nil {
		return nil
	}
	var out []Finding
	add := func(rule string, args map[string]any) {
		f := mk(rule)
		f.Args["by"] = a.By
		for k, v := range args {
			f.Args[k] = v
		}
		out = append(out, f)
	}
	if a.By == s.Translator && !w.Settings.SelfApprove {
		add(RuleSelfApproved, nil)
	}
	if a.Forced {
		add(RuleApprovalForced, nil)
	}
	if !w.Settings.RequireSignedApprovals {
		return out
	}
	r := signing.Verify(a.Signature, ApprovalRecord(slug, s), w.signers)
	switch r.Status {
	case signing.Unsigned:
		add(RuleApprovalUnsigned, nil)
	case signing.Bad:
		add(RuleApprovalSignature, map[string]any{"detail": r.Detail})
	case signing.WrongName:
		add(RuleApprovalSigner, map[string]any{"key": r.Fingerprint, "principals": strings.Join(r.Principals, ", ")})
	}
	return out
}
