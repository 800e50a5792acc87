package report

import (
	"html/template"
	"strconv"
	"strings"

	"github.com/bitext-desk/bitext/workflow"
)

// A segment's table row is written here rather than by the page template:
// html/template calls its escapers through reflection for every action,
// and a row has some thirty; written directly, a 2,000-article report
// spends its time reading the articles, not escaping. Every text and
// attribute value goes through template.HTMLEscapeString (html/template's
// own escaper for text), and attribute values are always double-quoted.

// rowWriter writes HTML: fixed markup as given, values escaped.
type rowWriter struct{ b *strings.Builder }

func (w rowWriter) raw(s string)  { w.b.WriteString(s) }
func (w rowWriter) text(s string) { w.b.WriteString(template.HTMLEscapeString(s)) }

// time writes <time datetime="ISO">when</time>.
func (w rowWriter) time(iso, when string) {
	w.raw(`<time datetime="`)
	w.text(iso)
	w.raw(`">`)
	w.text(when)
	w.raw(`</time>`)
}

// writeRow writes one segment's <tr>: id, state and paragraph; the Chinese
// (source diff when stale); the English (English diff when it awaits
// review); findings, people, the Chinese before the change, terms and
// comments.
func (s *Site) writeRow(b *strings.Builder, sv workflow.SegmentView) {
	w := rowWriter{b}
	L := s.short
	st := string(sv.State)
	w.raw(`<tr id="seg-`)
	w.text(sv.ID)
	w.raw(`" class="seg state-`)
	w.text(st)
	w.raw(`" data-segment="`)
	w.text(sv.ID)
	w.raw(`" data-state="`)
	w.text(st)
	w.raw(`" data-rules="`)
	w.text(ruleList(sv.Findings))
	w.raw(`">` + "\n" + `<th scope="row"><a href="#seg-`)
	w.text(sv.ID)
	w.raw(`" class="id">`)
	w.text(sv.ID)
	w.raw(`</a><br><span class="badge `)
	w.text(st)
	w.raw(`">`)
	w.text(s.label("state." + st))
	w.raw(`</span><br><span class="para">¶` + strconv.Itoa(sv.Para))
	if sv.Sentences >= 2 {
		// A joined segment says so, as show does: its Chinese is
		// several sentences rendered together.
		w.raw(`</span><br><span class="para joined">` + strconv.Itoa(sv.Sentences) + ` `)
		w.text(L["joined"])
	}
	w.raw(`</span></th>` + "\n")

	w.raw(`<td lang="zh-Hans" class="zh">`)
	if sv.Diff != nil && sv.Diff.Kind == "source" {
		w.raw(`<div class="diff source-diff"><span class="vh">`)
		w.text(L["diff_source"])
		w.raw(`: </span>`)
		writePieces(w, zhPieces(sv))
		w.raw(`</div>`)
	} else {
		writePieces(w, zhPieces(sv))
	}
	w.raw("</td>\n" + `<td lang="en" class="en">`)
	if sv.Diff != nil && sv.Diff.Kind == "target" {
		w.raw(`<div class="diff target-diff"><span class="vh">`)
		w.text(L["diff_target"])
		w.raw(`: </span>`)
		writePieces(w, enPieces(sv))
		w.raw(`</div>`)
	} else {
		writePieces(w, enPieces(sv))
	}
	w.raw("</td>\n" + `<td class="notes">`)
	if len(sv.Findings) > 0 {
		w.raw(`<ul class="findings">`)
		for _, f := range s.findings(sv.Findings) {
			writeFinding(w, f)
		}
		w.raw(`</ul>`)
	}
	w.raw(`<dl class="people">`)
	dt := func(key string) {
		w.raw(`<dt>`)
		w.text(L[key])
		w.raw(`</dt>`)
	}
	if sv.Translator != "" {
		dt("translator")
		w.raw(`<dd>`)
		w.text(sv.Translator)
		w.raw(`</dd>`)
	}
	if c := sv.Claim; c != nil {
		dt("claimed")
		w.raw(`<dd class="claim">`)
		w.text(c.By)
		w.raw(`, `)
		w.time(iso(c.At), when(c.At))
		if c.Expired {
			w.raw(` <span class="warn">(`)
			w.text(L["claim_expired"])
			w.raw(`)</span>`)
		}
		w.raw(`</dd>`)
	}
	if ap := sv.Approval; ap != nil {
		if ap.Valid {
			dt("approved")
			w.raw(`<dd class="approval">`)
		} else {
			dt("approval_void")
			w.raw(`<dd class="approval void bad">`)
		}
		w.text(ap.By)
		w.raw(`, `)
		w.time(iso(ap.At), when(ap.At))
		if ap.Valid && ap.Forced {
			w.raw(` <span class="warn">(`)
			w.text(L["forced"])
			w.raw(`)</span>`)
		}
		w.raw(`</dd>`)
		if ap.Signature != "" {
			key, class := "signed_"+strings.ReplaceAll(ap.Signature, "-", "_"), "signature"
			if ap.Signature != "good" {
				class += " bad"
			}
			dt("signature")
			w.raw(`<dd class="`)
			w.raw(class)
			w.raw(`">`)
			w.text(L[key])
			if len(ap.Signers) > 0 {
				w.raw(`: `)
				w.text(strings.Join(ap.Signers, ", "))
			}
			if ap.Fingerprint != "" {
				w.raw(` <code>`)
				w.text(ap.Fingerprint)
				w.raw(`</code>`)
			}
			w.raw(`</dd>`)
		}
	}
	if sv.PreviousZH != "" {
		dt("previous_zh")
		w.raw(`<dd lang="zh-Hans">`)
		w.text(sv.PreviousZH)
		w.raw(`</dd>`)
	}
	seen := map[string]bool{}
	for _, t := range sv.ZHTerms {
		if seen[t.Term] {
			continue
		}
		if len(seen) == 0 {
			dt("terms")
		}
		seen[t.Term] = true
		w.raw(`<dd class="termref"><span lang="zh-Hans">`)
		w.text(t.Text)
		w.raw(`</span> → <span lang="en">`)
		w.text(t.Expected)
		w.raw(`</span></dd>`)
	}
	w.raw(`</dl>`)
	if len(sv.Comments) > 0 {
		w.raw(`<ul class="comments" aria-label="`)
		w.text(L["comments"])
		w.raw(`">`)
		for _, c := range sv.Comments {
			w.raw(`<li class="comment"><strong>`)
			w.text(c.By)
			w.raw(`</strong> `)
			w.time(iso(c.At), when(c.At))
			w.raw(`: `)
			w.text(c.Text)
			w.raw(`</li>`)
		}
		w.raw(`</ul>`)
	}
	w.raw("</td>\n</tr>\n")
}

func writeFinding(w rowWriter, f finding) {
	w.raw(`<li class="finding `)
	w.text(f.Severity)
	w.raw(`" data-rule="`)
	w.text(f.Rule)
	w.raw(`"><strong>`)
	w.text(f.Label)
	w.raw(`</strong> <code>`)
	w.text(f.Rule)
	w.raw(`</code> `)
	w.text(f.Message)
	w.raw(`</li>`)
}

// writePieces writes a cell's text: diff runs in ins and del, terms in
// mark with the expected rendering as title.
func writePieces(w rowWriter, ps []piece) {
	for _, p := range ps {
		switch p.Diff {
		case "ins":
			w.raw("<ins>")
		case "del":
			w.raw("<del>")
		}
		switch p.Term {
		case "term", "badterm":
			w.raw(`<mark class="term`)
			if p.Term == "badterm" {
				w.raw(" badterm")
			}
			w.raw(`" title="`)
			w.text(p.Title)
			w.raw(`">`)
			w.text(p.Text)
			w.raw("</mark>")
		default:
			w.text(p.Text)
		}
		switch p.Diff {
		case "ins":
			w.raw("</ins>")
		case "del":
			w.raw("</del>")
		}
	}
}
