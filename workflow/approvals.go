package workflow

import (
	"errors"
	"io/fs"
	"strings"
	"time"

	"golang.org/x/crypto/ssh"

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
	// CodeKeyNotAllowed: the signing key is not allowed for the approver.
	CodeKeyNotAllowed = "err.approve.key-not-allowed"
)

func init() { diag.Register(CodeSignersRequired, CodeSignFailed, CodeNoSigningKey, CodeKeyNotAllowed) }

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

// SigningKeyAllowed reports whether the allowed signers let key sign
// approvals for name now (true when the workspace names no allowed
// signers: nothing to check against), and whom they give the key to.
func (w *Workspace) SigningKeyAllowed(key ssh.PublicKey, name string, now time.Time) ([]string, bool) {
	if w.signers == nil {
		return nil, true
	}
	return w.signers.Allows(key, name, now)
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

// How an approval added or changed since a revision is signed.
const (
	SignedGood       = "good"         // by a key the allowed signers give the approver
	SignedNone       = "unsigned"     // no signature
	SignedBad        = "bad"          // the signature does not verify the approval
	SignedWrong      = "wrong-signer" // a valid signature by a key not allowed for the approver
	SignedUnverified = "unverified"   // a valid signature, and no allowed-signers file to say whose
)

// ApprovalChange is an approval added or changed since a git revision, and
// who signed it.
type ApprovalChange struct {
	Article    string    `json:"article"`
	File       string    `json:"file"`
	Line       int       `json:"line"`
	Column     int       `json:"column"`
	Segment    string    `json:"segment"`
	Change     string    `json:"change"` // added | changed
	By         string    `json:"by"`
	At         time.Time `json:"at"`
	Forced     bool      `json:"forced"`
	Signed     string    `json:"signed"`
	Key        string    `json:"key,omitempty"`        // fingerprint of the signing key
	Principals []string  `json:"principals,omitempty"` // whom the allowed signers give that key
}

// ApprovalChanges lists, for the named articles (none: all), every
// approval that is not at revision base as it is now, with who signed it,
// so the reviewer of a pull request sees approvals nobody made with
// `bitext approve`.
func (w *Workspace) ApprovalChanges(names []string, base string) ([]ApprovalChange, error) {
	slugs, err := w.Resolve(names)
	if err != nil {
		return nil, err
	}
	if err := w.checkRev(base); err != nil {
		return nil, err
	}
	out := []ApprovalChange{}
	for _, slug := range slugs {
		a, err := w.Load(slug)
		if err != nil {
			return nil, err
		}
		rel := w.Rel(a.Path)
		old := map[string]*articles.Approval{}
		if f, err := w.fileAt(base, rel); err == nil && f != nil {
			for _, s := range f.Segments {
				old[s.ID] = s.Approval
			}
		}
		for _, s := range a.File.Segments {
			ap := s.Approval
			if ap == nil {
				continue
			}
			prev, had := old[s.ID]
			if had && prev != nil && *prev == *ap {
				continue
			}
			c := ApprovalChange{Article: slug, File: rel, Line: s.ApprovalAt.Line, Column: s.ApprovalAt.Col, Segment: s.ID,
				Change: "added", By: ap.By, At: ap.At, Forced: ap.Forced}
			if had && prev != nil {
				c.Change = "changed"
			}
			r := signing.Verify(ap.Signature, ApprovalRecord(slug, s), w.signers)
			c.Key, c.Principals = r.Fingerprint, r.Principals
			switch {
			case r.Status == signing.Good:
				c.Signed = SignedGood
			case r.Status == signing.Unsigned:
				c.Signed = SignedNone
			case r.Status == signing.Bad:
				c.Signed = SignedBad
			case w.signers == nil:
				c.Signed = SignedUnverified
			default:
				c.Signed = SignedWrong
			}
			out = append(out, c)
		}
	}
	return out, nil
}
