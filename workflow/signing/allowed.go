package signing

import (
	"bytes"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/crypto/ssh"

	"github.com/bitext-desk/bitext/articles/diag"
)

// CodeBadAllowedSigners: a line of the allowed-signers file does not parse.
const CodeBadAllowedSigners = "err.signers.syntax"

func init() { diag.Register(CodeBadAllowedSigners) }

// AllowedSigners is a parsed allowed-signers file, in the format of
// ssh-keygen(1) ALLOWED SIGNERS that git's gpg.ssh.allowedSignersFile uses:
//
//	principals [options] keytype base64-key [comment]
//
// principals is a comma-separated list of patterns (* and ?, ! to exclude);
// the options bitext honours are namespaces="...", valid-after="..." and
// valid-before="..." (YYYYMMDD[HHMM[SS]], UTC with a trailing Z, else
// local time). cert-authority lines are refused: bitext verifies plain
// keys only.
type AllowedSigners struct {
	File    string
	Entries []Entry
}

// Entry is one line of the file.
type Entry struct {
	Line        int
	Principals  []string
	Namespaces  []string // nil: any namespace
	ValidAfter  time.Time
	ValidBefore time.Time
	Key         ssh.PublicKey
}

// ParseAllowedSigners reads an allowed-signers file strictly: a line that
// does not parse is an error at its line and character column.
func ParseAllowedSigners(file string, data []byte) (*AllowedSigners, error) {
	as := &AllowedSigners{File: file}
	for n, line := range bytes.Split(data, []byte("\n")) {
		lineNo := n + 1
		text := strings.TrimRight(string(line), "\r")
		trimmed := strings.TrimLeft(text, " \t")
		if trimmed == "" || trimmed[0] == '#' {
			continue
		}
		col := func(rest string) int { return utf8.RuneCountInString(text[:len(text)-len(rest)]) + 1 }
		bad := func(rest, problem string) error {
			return diag.At(file, lineNo, col(rest), CodeBadAllowedSigners, diag.A{"problem": problem})
		}
		if !utf8.ValidString(text) {
			return nil, bad(trimmed, "not UTF-8")
		}
		principals, rest, ok := principalField(trimmed)
		if !ok || principals == "" {
			return nil, bad(trimmed, "expected principals")
		}
		rest = strings.TrimLeft(rest, " \t")
		key, _, options, _, err := ssh.ParseAuthorizedKey([]byte(rest))
		if err != nil {
			return nil, bad(rest, "expected [options] keytype base64-key")
		}
		e := Entry{Line: lineNo, Key: key}
		for _, p := range strings.Split(principals, ",") {
			if p == "" {
				return nil, bad(trimmed, "empty principal")
			}
			e.Principals = append(e.Principals, p)
		}
		for _, o := range options {
			name, val, hasVal := strings.Cut(o, "=")
			name = strings.ToLower(name)
			if hasVal {
				if len(val) < 2 || val[0] != '"' || val[len(val)-1] != '"' {
					return nil, bad(rest, "option "+name+" needs a quoted value")
				}
				val = val[1 : len(val)-1]
			}
			switch {
			case name == "namespaces" && hasVal:
				e.Namespaces = strings.Split(val, ",")
			case (name == "valid-after" || name == "valid-before") && hasVal:
				t, ok := parseSSHTime(val)
				if !ok {
					return nil, bad(rest, "bad time in "+name+": "+val)
				}
				if name == "valid-after" {
					e.ValidAfter = t
				} else {
					e.ValidBefore = t
				}
			case name == "cert-authority" && !hasVal:
				return nil, bad(rest, "cert-authority keys are not supported")
			default:
				return nil, bad(rest, "unknown option "+name)
			}
		}
		as.Entries = append(as.Entries, e)
	}
	return as, nil
}

// principalField splits off the first field, which may be quoted.
func principalField(s string) (field, rest string, ok bool) {
	if strings.HasPrefix(s, `"`) {
		end := strings.IndexByte(s[1:], '"')
		if end < 0 {
			return "", s, false
		}
		return s[1 : 1+end], s[2+end:], true
	}
	end := strings.IndexAny(s, " \t")
	if end < 0 {
		return "", s, false
	}
	return s[:end], s[end:], true
}

// parseSSHTime reads YYYYMMDD, YYYYMMDDHHMM or YYYYMMDDHHMMSS, with an
// optional trailing Z for UTC (else local time), as ssh-keygen does.
func parseSSHTime(s string) (time.Time, bool) {
	loc := time.Local
	if strings.HasSuffix(s, "Z") || strings.HasSuffix(s, "z") {
		s, loc = s[:len(s)-1], time.UTC
	}
	layout := map[int]string{8: "20060102", 12: "200601021504", 14: "20060102150405"}[len(s)]
	if layout == "" {
		return time.Time{}, false
	}
	t, err := time.ParseInLocation(layout, s, loc)
	return t, err == nil
}

// Allows reports whether key may sign bitext approvals for name at time
// at, and lists the principals the file gives that key.
func (as *AllowedSigners) Allows(key ssh.PublicKey, name string, at time.Time) ([]string, bool) {
	return as.allows(key, name, at)
}

func (as *AllowedSigners) allows(key ssh.PublicKey, name string, at time.Time) ([]string, bool) {
	want := key.Marshal()
	var principals []string
	ok := false
	for _, e := range as.Entries {
		if !bytes.Equal(e.Key.Marshal(), want) {
			continue
		}
		principals = append(principals, e.Principals...)
		if e.Namespaces != nil && !matchList(e.Namespaces, Namespace) {
			continue
		}
		if !e.ValidAfter.IsZero() && at.Before(e.ValidAfter) || !e.ValidBefore.IsZero() && !at.Before(e.ValidBefore) {
			continue
		}
		if matchList(e.Principals, name) {
			ok = true
		}
	}
	return principals, ok
}

// matchList matches s against patterns as ssh does: a negated pattern
// (!p) that matches refuses; otherwise any plain pattern that matches
// accepts.
func matchList(patterns []string, s string) bool {
	ok := false
	for _, p := range patterns {
		if neg, found := strings.CutPrefix(p, "!"); found {
			if match(neg, s) {
				return false
			}
		} else if match(p, s) {
			ok = true
		}
	}
	return ok
}

// match is ssh's wildcard match: * any run of characters, ? any one.
func match(p, s string) bool {
	for len(p) > 0 {
		switch p[0] {
		case '*':
			for p = p[1:]; ; {
				if match(p, s) {
					return true
				}
				if s == "" {
					return false
				}
				_, size := utf8.DecodeRuneInString(s)
				s = s[size:]
			}
		case '?':
			if s == "" {
				return false
			}
			_, size := utf8.DecodeRuneInString(s)
			p, s = p[1:], s[size:]
		default:
			if s == "" || p[0] != s[0] {
				return false
			}
			p, s = p[1:], s[1:]
		}
	}
	return s == ""
}
