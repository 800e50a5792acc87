package signing

import (
	"bytes"
	"encoding/base64"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hiddeco/sshsig"
	"golang.org/x/crypto/ssh"
)

// need skips when a tool is missing, except under CI, where it fails.
func need(t testing.TB, tool string) {
	t.Helper()
	if _, err := exec.LookPath(tool); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing (Debian openssh-client)", tool)
		}
		t.Skipf("%s is missing (Debian openssh-client)", tool)
	}
}

// newKey makes a throwaway ed25519 key with ssh-keygen and returns its
// private-key path and its public key line.
func newKey(t testing.TB, dir, name string) (string, string) {
	t.Helper()
	need(t, "ssh-keygen")
	path := filepath.Join(dir, name)
	if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", path).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen: %v\n%s", err, out)
	}
	pub, err := os.ReadFile(path + ".pub")
	if err != nil {
		t.Fatal(err)
	}
	return path, strings.TrimSpace(string(pub))
}

func signerOf(t testing.TB, path string) ssh.Signer {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := ssh.ParsePrivateKey(data)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

var rec = Record{Article: "a", Segment: "h1aaaa", ZHSHA256: "9f83", ENSHA256: "77f7", By: "li", At: time.Date(2026, 11, 1, 10, 0, 0, 0, time.UTC)}

// TestSSHKeygenAgrees: what bitext signs, ssh-keygen -Y verify accepts
// with the same allowed-signers file; what ssh-keygen -Y sign signs,
// bitext accepts.
func TestSSHKeygenAgrees(t *testing.T) {
	dir := t.TempDir()
	key, pub := newKey(t, dir, "li")
	allowed := filepath.Join(dir, "allowed_signers")
	os.WriteFile(allowed, []byte("li "+pub+"\n"), 0o644)
	msg := filepath.Join(dir, "msg")
	os.WriteFile(msg, rec.Message(), 0o644)

	stored, err := Sign(signerOf(t, key), rec)
	if err != nil {
		t.Fatal(err)
	}
	armored, err := Armor(stored)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(msg+".bitext.sig", armored, 0o644)
	cmd := exec.Command("ssh-keygen", "-Y", "verify", "-f", allowed, "-I", "li", "-n", Namespace, "-s", msg+".bitext.sig")
	cmd.Stdin = bytes.NewReader(rec.Message())
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen -Y verify refused bitext's signature: %v\n%s", err, out)
	}

	if out, err := exec.Command("ssh-keygen", "-Y", "sign", "-f", key, "-n", Namespace, msg).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen -Y sign: %v\n%s", err, out)
	}
	armored, _ = os.ReadFile(msg + ".sig")
	sig, err := sshsig.Unarmor(armored)
	if err != nil {
		t.Fatal(err)
	}
	as, err := ParseAllowedSigners(allowed, []byte("li "+pub+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if r := Verify(base64.StdEncoding.EncodeToString(sig.Marshal()), rec, as); r.Status != Good {
		t.Fatalf("ssh-keygen's signature: %+v", r)
	}
}

// TestVerify: every forgery the probe tried fails verification.
func TestVerify(t *testing.T) {
	dir := t.TempDir()
	liKey, liPub := newKey(t, dir, "li")
	wangKey, wangPub := newKey(t, dir, "wang")
	as, err := ParseAllowedSigners("allowed_signers", []byte("# reviewers\nli "+liPub+"\nwang,zhao "+wangPub+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	good, _ := Sign(signerOf(t, liKey), rec)
	if r := Verify(good, rec, as); r.Status != Good || r.Fingerprint == "" {
		t.Fatalf("good signature: %+v", r)
	}
	tamper := map[string]func(*Record){
		"en edited, hash recomputed": func(r *Record) { r.ENSHA256 = "0000" },
		"forced: true deleted":       func(r *Record) { r.Forced = !r.Forced },
		"approver renamed":           func(r *Record) { r.By = "wang" },
		"moved to another segment":   func(r *Record) { r.Segment = "p1aaaa" },
		"time changed":               func(r *Record) { r.At = r.At.Add(time.Hour) },
	}
	for name, f := range tamper {
		r := rec
		f(&r)
		if got := Verify(good, r, as); got.Status != Bad && got.Status != WrongName {
			t.Errorf("%s: %+v", name, got)
		}
	}
	if r := Verify("", rec, as); r.Status != Unsigned {
		t.Errorf("unsigned: %+v", r)
	}
	if r := Verify("bm90IGEgc2lnbmF0dXJl", rec, as); r.Status != Bad {
		t.Errorf("garbage: %+v", r)
	}
	// wang signs an approval that says li approved: a valid signature by
	// the wrong person.
	forged, _ := Sign(signerOf(t, wangKey), rec)
	if r := Verify(forged, rec, as); r.Status != WrongName || strings.Join(r.Principals, ",") != "wang,zhao" {
		t.Errorf("signed by wang for li: %+v", r)
	}
	// a key nobody listed
	strayKey, _ := newKey(t, dir, "stray")
	stray, _ := Sign(signerOf(t, strayKey), rec)
	if r := Verify(stray, rec, as); r.Status != WrongName || len(r.Principals) != 0 {
		t.Errorf("unlisted key: %+v", r)
	}
	// a signature for git (another namespace) is not an approval
	sig, _ := sshsig.Sign(bytes.NewReader(rec.Message()), signerOf(t, liKey), sshsig.HashSHA512, "git")
	if r := Verify(base64.StdEncoding.EncodeToString(sig.Marshal()), rec, as); r.Status != Bad {
		t.Errorf("git namespace: %+v", r)
	}
}

func TestAllowedSignersOptions(t *testing.T) {
	dir := t.TempDir()
	key, pub := newKey(t, dir, "li")
	good, _ := Sign(signerOf(t, key), rec)
	for text, want := range map[string]Status{
		`li ` + pub:                                Good,
		`"li" ` + pub:                              Good,
		`l? ` + pub:                                Good,
		`*,!li ` + pub:                             WrongName,
		`li namespaces="git" ` + pub:               WrongName,
		`li namespaces="git,bitext-*" ` + pub:      Good,
		`li valid-after="20261102Z" ` + pub:        WrongName,
		`li valid-before="20261101100001Z" ` + pub: Good,
		`li valid-after="202601010000Z",valid-before="20261101Z" ` + pub: WrongName,
	} {
		as, err := ParseAllowedSigners("f", []byte(text))
		if err != nil {
			t.Errorf("%s: %v", text, err)
			continue
		}
		if r := Verify(good, rec, as); r.Status != want {
			t.Errorf("%s: %+v, want %v", text, r, want)
		}
	}
}

func TestAllowedSignersErrors(t *testing.T) {
	pub := "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOgpfLn9WOTBqMiiFdPVf3kcyhxGnv0qxyqImGBvlEx+ li"
	for text, want := range map[string]string{
		"li":                                "f:1:1",
		"\n\n  li ssh-ed25519 notbase64":    "f:3:6",
		"li cert-authority " + pub:          "f:1:4",
		"li frobnicate " + pub:              "f:1:4",
		`li valid-after="yesterday" ` + pub: "f:1:4",
		"中文 nope":                           "f:1:4",
		`"li ` + pub:                        "f:1:1",
	} {
		_, err := ParseAllowedSigners("f", []byte(text))
		if err == nil || !strings.HasPrefix(err.Error(), want+": ") {
			t.Errorf("%q: got %v, want an error at %s", text, err, want)
		}
	}
}

// FuzzAllowedSigners: the parser never panics; what it accepts has a key
// and at least one principal per line, and parses the same again.
func FuzzAllowedSigners(f *testing.F) {
	pub := "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOgpfLn9WOTBqMiiFdPVf3kcyhxGnv0qxyqImGBvlEx+ li"
	for _, s := range []string{
		"li " + pub, "# c\n\n\"li,wang\" namespaces=\"git,bitext-approval@bitext-desk\" " + pub,
		`*@desk valid-after="20260101Z",valid-before="202701011200" ` + pub, "li cert-authority " + pub, "",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		as, err := ParseAllowedSigners("f", data)
		if err != nil {
			return
		}
		for _, e := range as.Entries {
			if e.Key == nil || len(e.Principals) == 0 {
				t.Fatalf("entry without key or principal: %+v", e)
			}
			matchList(e.Principals, "li") // never panics
		}
		again, err := ParseAllowedSigners("f", data)
		if err != nil || len(again.Entries) != len(as.Entries) {
			t.Fatal("not deterministic")
		}
	})
}
