package signing

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

// TestGitSigner finds the key the way git does: a private key file, a
// public key whose private half is in ssh-agent, and key:: literals.
func TestGitSigner(t *testing.T) {
	need(t, "git")
	need(t, "ssh-agent")
	need(t, "ssh-add")
	dir := t.TempDir()
	t.Setenv("HOME", dir)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	git(t, dir, "init", "-q")
	if GitConfigured(dir) {
		t.Fatal("configured before any setting")
	}
	env := map[string]string{"HOME": dir}
	getenv := func(k string) string { return env[k] }
	if _, err := OpenGitSigner(dir, getenv); err != ErrNoKey {
		t.Fatalf("no key: %v", err)
	}
	key, pub := newKey(t, dir, "li")
	git(t, dir, "config", "gpg.format", "ssh")
	git(t, dir, "config", "user.signingkey", key)
	as, _ := ParseAllowedSigners("f", []byte("li "+pub))
	check := func(what string) {
		t.Helper()
		s, err := OpenGitSigner(dir, getenv)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		defer s.Close()
		sig, err := Sign(s, rec)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if r := Verify(sig, rec, as); r.Status != Good {
			t.Fatalf("%s: %+v", what, r)
		}
	}
	check("private key file")

	// The public key, with the private half in ssh-agent only.
	git(t, dir, "config", "user.signingkey", key+".pub")
	if _, err := OpenGitSigner(dir, getenv); err == nil {
		t.Fatal("a public key with no agent signed")
	}
	sock := filepath.Join(dir, "agent.sock")
	agent := exec.Command("ssh-agent", "-D", "-a", sock)
	if err := agent.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { agent.Process.Kill(); agent.Wait() })
	for i := 0; i < 100; i++ {
		if _, err := os.Stat(sock); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	env["SSH_AUTH_SOCK"] = sock
	if _, err := OpenGitSigner(dir, getenv); err == nil {
		t.Fatal("signed with a key the agent does not hold")
	}
	add := exec.Command("ssh-add", "-q", key)
	add.Env = append(os.Environ(), "SSH_AUTH_SOCK="+sock)
	if out, err := add.CombinedOutput(); err != nil {
		t.Fatalf("ssh-add: %v\n%s", err, out)
	}
	os.Remove(key) // the agent alone holds it now
	check("public key file and ssh-agent")
	git(t, dir, "config", "user.signingkey", "key::"+pub)
	check("key:: literal and ssh-agent")
	if !GitConfigured(dir) {
		t.Error("GitConfigured is false")
	}
}
