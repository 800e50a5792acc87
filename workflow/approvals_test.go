package workflow

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/ssh"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/workflow/signing"
)

func needTool(t testing.TB, tool string) {
	t.Helper()
	if _, err := exec.LookPath(tool); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing (Debian openssh-client)", tool)
		}
		t.Skipf("%s is missing (Debian openssh-client)", tool)
	}
}

// throwawayKey makes an ed25519 key with ssh-keygen: its signer and its
// public key line.
func throwawayKey(t testing.TB, dir, name string) (ssh.Signer, string) {
	needTool(t, "ssh-keygen")
	path := filepath.Join(dir, name)
	if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", path).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen: %v\n%s", err, out)
	}
	data, _ := os.ReadFile(path)
	s, err := ssh.ParsePrivateKey(data)
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := os.ReadFile(path + ".pub")
	return s, strings.TrimSpace(string(pub))
}

// signedWorkspace: three segments translated by wang, approved and signed
// by li (the third forced over its draft state); li and wang are both
// allowed signers, each for their own name.
func signedWorkspace(t *testing.T, settings string) (*Workspace, ssh.Signer) {
	dir := t.TempDir()
	li, liPub := throwawayKey(t, t.TempDir(), "li")
	wang, wangPub := throwawayKey(t, t.TempDir(), "wang")
	src := "# 协会召开会议\n\n协会召开年会。会员出席会议。\n"
	norm, _ := articles.NormalizeSource("a.zh.md", []byte(src))
	f := articles.NewFile("a", "a.zh.md", norm, articles.SplitSentences(norm))
	for i, s := range f.Segments {
		s.EN, s.State, s.Translator = []string{"Association Holds Meeting", "The association held its annual meeting.", "Members attended."}[i], articles.Translated, "wang"
	}
	f.Segments[2].State = articles.Draft
	data, _ := articles.Encode(f)
	for name, text := range map[string]string{
		"bitext.yaml": settings, "glossary.yaml": "terms: []\n", "signers": "li " + liPub + "\nwang " + wangPub + "\n",
		"articles/a.zh.md": src, "articles/a.yaml": string(data),
	} {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755)
		os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644)
	}
	ws, err := Find(dir, dir)
	if err != nil {
		t.Fatal(err)
	}
	sign := func(s ssh.Signer) func(signing.Record) (string, error) {
		return func(r signing.Record) (string, error) { return signing.Sign(s, r) }
	}
	now := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	if _, err := ws.Approve("a", ApproveOptions{All: true, As: "li", Now: now, Sign: sign(li)}); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.Approve("a", ApproveOptions{Segments: []string{f.Segments[2].ID}, Force: true, As: "li", Now: now, Sign: sign(li)}); err != nil {
		t.Fatal(err)
	}
	return ws, wang
}

// rules lists the rule ids of a check's findings, sorted.
func rules(t *testing.T, ws *Workspace) string {
	rep, err := ws.Check(CheckOptions{NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, f := range rep.Findings {
		ids = append(ids, f.Rule+"@"+f.Segment)
	}
	sort.Strings(ids)
	return strings.Join(ids, " ")
}

// TestForgedApprovals reproduces the probe: each edit someone with write
// access could make to a segment file passed check. With
// require_signed_approvals, every one is found.
func TestForgedApprovals(t *testing.T) {
	ws, wang := signedWorkspace(t, "allowed_signers: signers\nrequire_signed_approvals: true\n")
	a, _ := ws.Load("a")
	h, p1, p2 := a.File.Segments[0].ID, a.File.Segments[1].ID, a.File.Segments[2].ID
	if got := rules(t, ws); got != "workflow.approval-forced@"+p2 {
		t.Fatalf("signed workspace: %s", got)
	}
	clean := a.Raw
	attacks := []struct {
		name string
		edit func(f *articles.File)
		want string
	}{
		{"en edited, en_sha256 recomputed", func(f *articles.File) {
			s := f.Segments[0]
			s.EN = "Association Holds Secret Meeting"
			s.Approval.ENSHA256 = articles.TextSHA256(s.EN)
		}, "workflow.approval-forced@" + p2 + " workflow.approval-signature@" + h},
		{"approval invented on a segment", func(f *articles.File) {
			s := f.Segments[1]
			s.Approve("li", s.Approval.At, false) // recomputed, signature dropped
		}, "workflow.approval-forced@" + p2 + " workflow.approval-unsigned@" + p1},
		{"approval.by set to the translator", func(f *articles.File) {
			f.Segments[0].Approval.By = "wang"
		}, "workflow.approval-forced@" + p2 + " workflow.approval-signature@" + h + " workflow.self-approved@" + h},
		{"forced: true deleted", func(f *articles.File) {
			f.Segments[2].Approval.Forced = false
		}, "workflow.approval-signature@" + p2},
		{"wang signs an approval in li's name", func(f *articles.File) {
			s := f.Segments[1]
			s.Approval.Signature, _ = signing.Sign(wang, ApprovalRecord("a", s))
		}, "workflow.approval-forced@" + p2 + " workflow.approval-signer@" + p1},
	}
	for _, at := range attacks {
		f, err := articles.Decode(a.Path, clean)
		if err != nil {
			t.Fatal(err)
		}
		at.edit(f)
		data, _ := articles.Encode(f)
		os.WriteFile(a.Path, data, 0o644)
		if got := rules(t, ws); got != at.want {
			t.Errorf("%s: findings %q, want %q", at.name, got, at.want)
		}
	}
}

// TestApprovalRulesUnsigned: without signatures, check still enforces what
// approve does: no self-approval (unless self_approve), forced reported.
func TestApprovalRulesUnsigned(t *testing.T) {
	ws, _ := signedWorkspace(t, "source_lang: zh-Hans\n")
	a, _ := ws.Load("a")
	a.File.Segments[0].Approval.By = "wang"
	a.File.Segments[0].Approval.Signature = ""
	a.Save()
	h, p2 := a.File.Segments[0].ID, a.File.Segments[2].ID
	if got, want := rules(t, ws), "workflow.approval-forced@"+p2+" workflow.self-approved@"+h; got != want {
		t.Errorf("findings %q, want %q", got, want)
	}
	ws.Settings.SelfApprove = true
	if got, want := rules(t, ws), "workflow.approval-forced@"+p2; got != want {
		t.Errorf("with self_approve: %q, want %q", got, want)
	}
}
