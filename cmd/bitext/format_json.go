package main

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/bitext-desk/bitext/workflow"
)

// jsonFormatter writes the contract's JSON: {"findings": [...], "summary":
// {...}, "accepted": [...]}, each finding as it comes, in the very bytes
// writeJSON writes for the whole report.
type jsonFormatter struct {
	n int // findings written
}

func (j *jsonFormatter) Begin(w io.Writer) error {
	_, err := io.WriteString(w, "{\n  \"findings\": [")
	return err
}

func (j *jsonFormatter) Findings(w io.Writer, fs []workflow.Finding) error {
	return writeJSONItems(w, &j.n, "    ", fs)
}

func (j *jsonFormatter) End(w io.Writer, rep *workflow.Report) error {
	// The rest of the document is what writeJSON writes after an empty
	// list of findings.
	var b bytes.Buffer
	if err := writeJSON(&b, &workflow.Report{Findings: []workflow.Finding{}, Summary: rep.Summary, Accepted: rep.Accepted}); err != nil {
		return err
	}
	_, tail, _ := bytes.Cut(b.Bytes(), []byte(`"findings": []`))
	return closeJSONList(w, j.n, "  ", tail)
}

// writeJSONItems writes the elements of a JSON list as writeJSON would
// indent them at indent, after the n elements already written.
func writeJSONItems[T any](w io.Writer, n *int, indent string, items []T) error {
	var b bytes.Buffer
	enc := jsonEncoder(&b, indent)
	for _, it := range items {
		if *n > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n" + indent)
		if err := enc.Encode(it); err != nil {
			return err
		}
		b.Truncate(b.Len() - 1) // Encode's newline
		*n++
	}
	_, err := w.Write(b.Bytes())
	return err
}

// closeJSONList ends a list of n elements opened at indent, and writes what
// follows it.
func closeJSONList(w io.Writer, n int, indent string, tail []byte) error {
	end := "]"
	if n > 0 {
		end = "\n" + indent + "]"
	}
	if _, err := io.WriteString(w, end); err != nil {
		return err
	}
	_, err := w.Write(tail)
	return err
}

// jsonEncoder encodes as writeJSON does (two spaces an indent, HTML
// characters as they are), every line after the first starting with prefix.
func jsonEncoder(w io.Writer, prefix string) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	return enc
}
