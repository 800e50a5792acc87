// Package diag holds bitext's typed errors: a message code, its arguments and
// the position (file, line, character column) they refer to. Library packages
// return them; the command line renders them once, in the user's language.
package diag

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"
)

// Kind tells the command line which exit code an error earns.
type Kind int

const (
	// Invalid input: a file that does not parse or breaks the contract (exit 2).
	Invalid Kind = iota
	// Usage: the command was called wrongly (exit 2).
	Usage
	// IO: a read or write failed (exit 2).
	IO
	// Refused: the command ran and the answer is no (exit 1).
	Refused
)

// Error is a positioned, localisable error. Code is also the message id in
// the command line's catalogs; Args fill the message's template.
type Error struct {
	Kind      Kind
	Code      string
	Args      map[string]any
	File      string // as the library saw it; the CLI makes it workspace-relative
	Line, Col int    // 1-based; 0 when unknown. Col counts characters, not bytes.
	Err       error  // the underlying cause, if any
}

// Error renders an English, untranslated form, for logs and tests.
func (e *Error) Error() string {
	var b strings.Builder
	if pos := e.Pos(); pos != "" {
		b.WriteString(pos)
		b.WriteString(": ")
	}
	b.WriteString(e.Code)
	keys := make([]string, 0, len(e.Args))
	for k := range e.Args {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, " %s=%v", k, e.Args[k])
	}
	if e.Err != nil {
		fmt.Fprintf(&b, ": %v", e.Err)
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Pos renders file:line:col, leaving out what is unknown.
func (e *Error) Pos() string {
	if e.File == "" {
		return ""
	}
	switch {
	case e.Line > 0 && e.Col > 0:
		return fmt.Sprintf("%s:%d:%d", e.File, e.Line, e.Col)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d", e.File, e.Line)
	}
	return e.File
}

// A is shorthand for an argument map.
type A = map[string]any

// New makes an error of the given kind.
func New(kind Kind, code string, args A) *Error {
	return &Error{Kind: kind, Code: code, Args: args}
}

// At makes an Invalid error at a position.
func At(file string, line, col int, code string, args A) *Error {
	return &Error{Kind: Invalid, Code: code, Args: args, File: file, Line: line, Col: col}
}

// Wrap makes an IO error for a failed file operation. Its message is the
// cause alone: the file is the error's position, named once, and the path
// inside an *fs.PathError (often absolute, or a temporary file) is left out.
func Wrap(file string, err error) *Error {
	return &Error{Kind: IO, Code: CodeIO, File: file, Err: err, Args: A{"cause": Cause(err)}}
}

// Cause is the text of err without the operation and path that *fs.PathError,
// *os.LinkError and *os.SyscallError put in front of it.
func Cause(err error) string {
	for {
		var pe *fs.PathError
		var le *os.LinkError
		var se *os.SyscallError
		switch {
		case errors.As(err, &pe):
			err = pe.Err
		case errors.As(err, &le):
			err = le.Err
		case errors.As(err, &se):
			err = se.Err
		default:
			return err.Error()
		}
	}
}

// Error codes. Each is a message id in cmd/bitext's catalogs; a test there
// checks that every code has a message in every language.
const (
	CodeIO              = "err.io"
	CodeUTF8            = "err.utf8"
	CodeEmpty           = "err.source.empty"
	CodeNoChinese       = "err.source.no-chinese"
	CodeYAMLSyntax      = "err.yaml.syntax"
	CodeYAMLUnknownKey  = "err.yaml.unknown-key"
	CodeYAMLDupKey      = "err.yaml.duplicate-key"
	CodeYAMLMissing     = "err.yaml.missing-key"
	CodeYAMLType        = "err.yaml.type"
	CodeYAMLBadValue    = "err.yaml.bad-value"
	CodeBadState        = "err.segment.bad-state"
	CodeDupSegmentID    = "err.segment.duplicate-id"
	CodeBadVersion      = "err.segment.version"
	CodeNoWorkspace     = "err.workspace.missing"
	CodeWorkspaceExists = "err.workspace.exists"
	CodeBadSlug         = "err.slug.invalid"
	CodeSlugExists      = "err.slug.exists"
	CodeNoArticle       = "err.article.unknown"
	CodeNoSegment       = "err.segment.unknown"
	CodeNoIdentity      = "err.identity.missing"
	CodeSourceMissing   = "err.source.missing"
	CodeBadSetting      = "err.settings.bad"
)

// Codes lists every code above, for the catalog test.
var Codes = []string{
	CodeIO, CodeUTF8, CodeEmpty, CodeNoChinese, CodeYAMLSyntax, CodeYAMLUnknownKey,
	CodeYAMLDupKey, CodeYAMLMissing, CodeYAMLType, CodeYAMLBadValue, CodeBadState,
	CodeDupSegmentID, CodeBadVersion, CodeNoWorkspace, CodeWorkspaceExists, CodeBadSlug,
	CodeSlugExists, CodeNoArticle, CodeNoSegment, CodeNoIdentity, CodeSourceMissing,
	CodeBadSetting,
}

// Register adds codes defined by other packages (glossary, workflow) so the
// catalog test sees them too.
func Register(codes ...string) { Codes = append(Codes, codes...) }
