package signing

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/agent"
)

// Signer is the reviewer's SSH key, found the way git finds the key it
// signs commits with: gpg.format=ssh and user.signingkey, which is a path
// to a private key, a path to a public key whose private half is in
// ssh-agent, or "key::" and a public key (also in ssh-agent).
type Signer struct {
	ssh.Signer
	conn net.Conn // to ssh-agent, when the key lives there
}

// Close lets go of ssh-agent.
func (s *Signer) Close() {
	if s.conn != nil {
		s.conn.Close()
	}
}

// GitConfigured reports whether git, run in dir, is set up to sign with an
// SSH key (gpg.format=ssh and a user.signingkey).
func GitConfigured(dir string) bool {
	return gitConfig(dir, "gpg.format") == "ssh" && gitConfig(dir, "user.signingkey") != ""
}

func gitConfig(dir, key string) string {
	out, err := exec.Command("git", "-C", dir, "config", "--get", key).Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// OpenGitSigner opens the SSH key git in dir signs with. getenv gives HOME
// (for a ~/ path) and SSH_AUTH_SOCK.
func OpenGitSigner(dir string, getenv func(string) string) (*Signer, error) {
	if format := gitConfig(dir, "gpg.format"); format != "ssh" {
		return nil, ErrNoKey
	}
	spec := gitConfig(dir, "user.signingkey")
	if spec == "" {
		return nil, ErrNoKey
	}
	var pub ssh.PublicKey
	if literal, ok := strings.CutPrefix(spec, "key::"); ok {
		k, _, _, _, err := ssh.ParseAuthorizedKey([]byte(literal))
		if err != nil {
			return nil, fmt.Errorf("user.signingkey: %v", err)
		}
		pub = k
	} else {
		path := spec
		if rest, ok := strings.CutPrefix(path, "~/"); ok {
			path = filepath.Join(getenv("HOME"), rest)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("user.signingkey: %v", err)
		}
		if k, err := ssh.ParsePrivateKey(data); err == nil {
			return &Signer{Signer: k}, nil
		} else if pm := (*ssh.PassphraseMissingError)(nil); errors.As(err, &pm) && pm.PublicKey != nil {
			pub = pm.PublicKey // encrypted: its private half must be in ssh-agent
		} else if k, _, _, _, perr := ssh.ParseAuthorizedKey(data); perr == nil {
			pub = k
		} else {
			return nil, fmt.Errorf("user.signingkey %s: not an SSH key", spec)
		}
	}
	return fromAgent(pub, getenv("SSH_AUTH_SOCK"))
}

// fromAgent finds pub among ssh-agent's keys.
func fromAgent(pub ssh.PublicKey, sock string) (*Signer, error) {
	if sock == "" {
		return nil, fmt.Errorf("the key %s is not readable here and SSH_AUTH_SOCK is not set: add it to ssh-agent", ssh.FingerprintSHA256(pub))
	}
	conn, err := net.Dial("unix", sock)
	if err != nil {
		return nil, fmt.Errorf("ssh-agent: %v", err)
	}
	signers, err := agent.NewClient(conn).Signers()
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("ssh-agent: %v", err)
	}
	want := string(pub.Marshal())
	for _, s := range signers {
		if string(s.PublicKey().Marshal()) == want {
			return &Signer{Signer: s, conn: conn}, nil
		}
	}
	conn.Close()
	return nil, fmt.Errorf("ssh-agent does not hold the key %s: ssh-add it", ssh.FingerprintSHA256(pub))
}
