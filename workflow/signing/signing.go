// Package signing signs and verifies bitext approvals with SSH keys, in the
// SSH signature format that `ssh-keygen -Y sign` writes (SSHSIG, through
// github.com/hiddeco/sshsig), and reads the allowed-signers file git uses
// for gpg.ssh.allowedSignersFile. No cryptography is done here by hand.
package signing

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/hiddeco/sshsig"
	"golang.org/x/crypto/ssh"
)

// Namespace is the SSHSIG namespace of bitext approvals, so that no
// signature made for git (namespace "git") or anything else is taken for
// an approval, and no approval signature for anything else.
const Namespace = "bitext-approval@bitext-desk"

// Record is what an approval signature covers.
type Record struct {
	Article, Segment   string
	ZHSHA256, ENSHA256 string
	By                 string
	At                 time.Time
	Forced             bool
}

// Message is the exact text that is signed: one quoted value per line, so
// no value can pass for another.
func (r Record) Message() []byte {
	var b bytes.Buffer
	b.WriteString("bitext approval 1\n")
	for _, kv := range [][2]string{
		{"article", r.Article}, {"segment", r.Segment},
		{"zh_sha256", r.ZHSHA256}, {"en_sha256", r.ENSHA256},
		{"by", r.By}, {"at", r.At.UTC().Format(time.RFC3339)},
		{"forced", strconv.FormatBool(r.Forced)},
	} {
		fmt.Fprintf(&b, "%s %s\n", kv[0], strconv.Quote(kv[1]))
	}
	return b.Bytes()
}

// Sign signs the record and returns the signature as it is stored: the
// base64 of the SSHSIG blob (the body of `ssh-keygen -Y sign`'s armored
// output, on one line).
func Sign(signer ssh.Signer, r Record) (string, error) {
	sig, err := sshsig.Sign(bytes.NewReader(r.Message()), signer, sshsig.HashSHA512, Namespace)
	if err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(sig.Marshal()), nil
}

// Armor turns a stored signature into the armored form `ssh-keygen -Y
// verify` reads.
func Armor(stored string) ([]byte, error) {
	sig, err := parse(stored)
	if err != nil {
		return nil, err
	}
	return sshsig.Armor(sig), nil
}

func parse(stored string) (*sshsig.Signature, error) {
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(stored))
	if err != nil {
		return nil, err
	}
	return sshsig.ParseSignature(raw)
}

// Status is the outcome of verifying one approval.
type Status int

// The outcomes of Verify.
const (
	Good      Status = iota // signed by a key the allowed signers list for the approver
	Unsigned                // no signature
	Bad                     // the signature does not parse or does not verify the record
	WrongName               // a valid signature by a key not allowed for the approver
)

// Result tells who signed an approval.
type Result struct {
	Status      Status
	Fingerprint string   // SHA256:... of the signing key, when the signature parsed
	Principals  []string // who the allowed signers list for that key
	Detail      string   // why a signature is Bad
}

// Verify checks a stored signature over r against the allowed signers
// (which may be nil: then no key is allowed).
func Verify(stored string, r Record, allowed *AllowedSigners) Result {
	if strings.TrimSpace(stored) == "" {
		return Result{Status: Unsigned}
	}
	sig, err := parse(stored)
	if err != nil {
		return Result{Status: Bad, Detail: err.Error()}
	}
	res := Result{Fingerprint: ssh.FingerprintSHA256(sig.PublicKey)}
	if err := sshsig.Verify(bytes.NewReader(r.Message()), sig, sig.PublicKey, sig.HashAlgorithm, Namespace); err != nil {
		res.Status, res.Detail = Bad, err.Error()
		return res
	}
	if allowed != nil {
		ok := false
		res.Principals, ok = allowed.allows(sig.PublicKey, r.By, r.At)
		if ok {
			res.Status = Good
			return res
		}
	}
	res.Status = WrongName
	return res
}

// ErrNoKey: git names no SSH signing key.
var ErrNoKey = errors.New("no SSH signing key: git config gpg.format ssh and user.signingkey")
