package articles

import (
	"gopkg.in/yaml.v3"

	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/articles/yamlx"
)

// Keys of the segment file, in the order they are written.
var (
	fileKeys     = []string{"bitext", "article", "source", "source_sha256", "segments", "archived"}
	segmentKeys  = []string{"id", "para", "sentences", "zh", "en", "state", "translator", "origin", "claim", "approval", "previous_zh", "previous_en", "stale_from", "conflict", "accepted", "comments"}
	conflictKeys = []string{"en", "zh", "by", "at"}
	claimKeys    = []string{"by", "at"}
	approvalKeys = []string{"by", "at", "zh_sha256", "en_sha256", "forced", "signature"}
	commentKeys  = []string{"by", "at", "text"}
	acceptedKeys = []string{"rule", "term", "number", "by", "at", "why", "zh_sha256", "en_sha256"}
	archivedKeys = []string{"id", "para", "zh", "en", "state", "translator", "removed_at"}
)

// Decode reads a segment file strictly: unknown keys, repeated keys, missing
// fields, bad states and repeated ids are errors naming file:line:column.
// A file in the canonical layout is read directly (canon.go); any other is
// read by yaml.v3.
func Decode(file string, data []byte) (*File, error) {
	if f, ok := decodeCanon(data); ok {
		return f, nil
	}
	return decodeYAML(file, data)
}

// decodeYAML is Decode through yaml.v3's node tree: every YAML the format
// allows, and every error with its position.
func decodeYAML(file string, data []byte) (*File, error) {
	root, err := yamlx.Parse(file, data)
	if err != nil {
		return nil, err
	}
	d := yamlx.Decoder{File: file}
	fields, err := d.Mapping(root, fileKeys, "bitext", "article", "source", "segments")
	if err != nil {
		return nil, err
	}
	f := &File{}
	if f.Version, err = d.Int(fields["bitext"].Value); err != nil {
		return nil, err
	}
	if f.Version != FormatVersion {
		return nil, d.Err(fields["bitext"].Value, diag.CodeBadVersion, diag.A{"got": f.Version, "want": FormatVersion})
	}
	if f.Article, err = d.String(fields["article"].Value); err != nil {
		return nil, err
	}
	if f.Source, err = d.String(fields["source"].Value); err != nil {
		return nil, err
	}
	f.SourceAt = Pos{fields["source"].Value.Line, fields["source"].Value.Column}
	if fl, ok := fields["source_sha256"]; ok {
		if f.SourceSHA256, err = d.String(fl.Value); err != nil {
			return nil, err
		}
	}
	seen := map[string]bool{}
	checkID := func(n *yaml.Node, id string) error {
		if id == "" {
			return d.Err(n, diag.CodeYAMLBadValue, diag.A{"key": "id", "value": id})
		}
		if seen[id] {
			return d.Err(n, diag.CodeDupSegmentID, diag.A{"id": id})
		}
		seen[id] = true
		return nil
	}
	items, err := d.Seq(fields["segments"].Value)
	if err != nil {
		return nil, err
	}
	for _, it := range items {
		s, err := decodeSegment(d, it)
		if err != nil {
			return nil, err
		}
		if err := checkID(it, s.ID); err != nil {
			return nil, err
		}
		f.Segments = append(f.Segments, s)
	}
	if fl, ok := fields["archived"]; ok {
		items, err := d.Seq(fl.Value)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			a, err := decodeArchived(d, it)
			if err != nil {
				return nil, err
			}
			if err := checkID(it, a.ID); err != nil {
				return nil, err
			}
			f.Archived = append(f.Archived, a)
		}
	}
	return f, nil
}

func decodeState(d yamlx.Decoder, n *yaml.Node) (State, error) {
	v, err := d.String(n)
	if err != nil {
		return "", err
	}
	st := State(v)
	if !st.Valid() {
		return "", d.Err(n, diag.CodeBadState, diag.A{"state": v})
	}
	return st, nil
}

func decodeSegment(d yamlx.Decoder, n *yaml.Node) (*Segment, error) {
	fields, err := d.Mapping(n, segmentKeys, "id", "para", "zh", "state")
	if err != nil {
		return nil, err
	}
	s := &Segment{At: Pos{n.Line, n.Column}}
	if s.ID, err = d.String(fields["id"].Value); err != nil {
		return nil, err
	}
	if s.Para, err = d.Int(fields["para"].Value); err != nil {
		return nil, err
	}
	if s.Para < 0 {
		return nil, d.Err(fields["para"].Value, diag.CodeYAMLBadValue, diag.A{"key": "para", "value": s.Para})
	}
	if fl, ok := fields["sentences"]; ok {
		if s.Sentences, err = d.Int(fl.Value); err != nil {
			return nil, err
		}
		if s.Sentences < 2 { // one sentence is the default: the key is left out
			return nil, d.Err(fl.Value, diag.CodeYAMLBadValue, diag.A{"key": "sentences", "value": s.Sentences})
		}
	}
	zh := fields["zh"].Value
	if s.ZH, err = d.String(zh); err != nil {
		return nil, err
	}
	s.ZHAt = Pos{zh.Line, zh.Column}
	if fl, ok := fields["en"]; ok {
		if s.EN, err = d.String(fl.Value); err != nil {
			return nil, err
		}
		s.ENAt = Pos{fl.Value.Line, fl.Value.Column}
	}
	if s.State, err = decodeState(d, fields["state"].Value); err != nil {
		return nil, err
	}
	if fl, ok := fields["translator"]; ok {
		if s.Translator, err = d.String(fl.Value); err != nil {
			return nil, err
		}
	}
	if fl, ok := fields["origin"]; ok {
		if s.Origin, err = d.String(fl.Value); err != nil {
			return nil, err
		}
	}
	if fl, ok := fields["claim"]; ok {
		cf, err := d.Mapping(fl.Value, claimKeys, claimKeys...)
		if err != nil {
			return nil, err
		}
		c := &Claim{}
		if c.By, err = d.String(cf["by"].Value); err != nil {
			return nil, err
		}
		if c.At, err = d.Time(cf["at"].Value); err != nil {
			return nil, err
		}
		s.Claim = c
	}
	if fl, ok := fields["approval"]; ok {
		af, err := d.Mapping(fl.Value, approvalKeys, "by", "at", "zh_sha256", "en_sha256")
		if err != nil {
			return nil, err
		}
		a := &Approval{}
		if a.By, err = d.String(af["by"].Value); err != nil {
			return nil, err
		}
		if a.At, err = d.Time(af["at"].Value); err != nil {
			return nil, err
		}
		if a.ZHSHA256, err = d.String(af["zh_sha256"].Value); err != nil {
			return nil, err
		}
		if a.ENSHA256, err = d.String(af["en_sha256"].Value); err != nil {
			return nil, err
		}
		if f, ok := af["forced"]; ok {
			if a.Forced, err = d.Bool(f.Value); err != nil {
				return nil, err
			}
		}
		if f, ok := af["signature"]; ok {
			if a.Signature, err = d.String(f.Value); err != nil {
				return nil, err
			}
		}
		s.Approval = a
		s.ApprovalAt = Pos{fl.Value.Line, fl.Value.Column}
	}
	if fl, ok := fields["previous_zh"]; ok {
		if s.PreviousZH, err = d.String(fl.Value); err != nil {
			return nil, err
		}
	}
	if fl, ok := fields["previous_en"]; ok {
		if s.PreviousEN, err = d.String(fl.Value); err != nil {
			return nil, err
		}
	}
	if fl, ok := fields["stale_from"]; ok {
		if s.StaleFrom, err = decodeState(d, fl.Value); err != nil {
			return nil, err
		}
		if s.State != Stale { // it records what a stale segment was: nothing else has one
			return nil, d.Err(fl.Key, diag.CodeYAMLBadValue, diag.A{"key": "stale_from", "value": "state " + string(s.State)})
		}
	}
	if fl, ok := fields["conflict"]; ok {
		if s.Conflict, err = decodeConflict(d, fl.Value); err != nil {
			return nil, err
		}
		s.ConflictAt = Pos{fl.Key.Line, fl.Key.Column}
	}
	if fl, ok := fields["accepted"]; ok {
		items, err := d.Seq(fl.Value)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			af, err := d.Mapping(it, acceptedKeys, "rule", "by", "at", "why", "zh_sha256", "en_sha256")
			if err != nil {
				return nil, err
			}
			var ac Acceptance
			for _, f := range []struct {
				key string
				dst *string
			}{{"rule", &ac.Rule}, {"term", &ac.Term}, {"number", &ac.Number}, {"by", &ac.By}, {"why", &ac.Why}, {"zh_sha256", &ac.ZHSHA256}, {"en_sha256", &ac.ENSHA256}} {
				if v, ok := af[f.key]; ok {
					if *f.dst, err = d.String(v.Value); err != nil {
						return nil, err
					}
				}
			}
			if ac.At, err = d.Time(af["at"].Value); err != nil {
				return nil, err
			}
			s.Accepted = append(s.Accepted, ac)
		}
	}
	if fl, ok := fields["comments"]; ok {
		items, err := d.Seq(fl.Value)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			cf, err := d.Mapping(it, commentKeys, commentKeys...)
			if err != nil {
				return nil, err
			}
			var c Comment
			if c.By, err = d.String(cf["by"].Value); err != nil {
				return nil, err
			}
			if c.At, err = d.Time(cf["at"].Value); err != nil {
				return nil, err
			}
			if c.Text, err = d.String(cf["text"].Value); err != nil {
				return nil, err
			}
			s.Comments = append(s.Comments, c)
		}
	}
	return s, nil
}

func decodeConflict(d yamlx.Decoder, n *yaml.Node) (*Conflict, error) {
	cf, err := d.Mapping(n, conflictKeys, "en", "at")
	if err != nil {
		return nil, err
	}
	c := &Conflict{}
	if c.EN, err = d.String(cf["en"].Value); err != nil {
		return nil, err
	}
	if c.EN == "" {
		return nil, d.Err(cf["en"].Value, diag.CodeYAMLBadValue, diag.A{"key": "en", "value": `""`})
	}
	if f, ok := cf["zh"]; ok {
		if c.ZH, err = d.String(f.Value); err != nil {
			return nil, err
		}
	}
	if f, ok := cf["by"]; ok {
		if c.By, err = d.String(f.Value); err != nil {
			return nil, err
		}
	}
	if c.At, err = d.Time(cf["at"].Value); err != nil {
		return nil, err
	}
	return c, nil
}

func decodeArchived(d yamlx.Decoder, n *yaml.Node) (*Archived, error) {
	fields, err := d.Mapping(n, archivedKeys, "id", "zh", "removed_at")
	if err != nil {
		return nil, err
	}
	a := &Archived{}
	if a.ID, err = d.String(fields["id"].Value); err != nil {
		return nil, err
	}
	if fl, ok := fields["para"]; ok {
		if a.Para, err = d.Int(fl.Value); err != nil {
			return nil, err
		}
	}
	if a.ZH, err = d.String(fields["zh"].Value); err != nil {
		return nil, err
	}
	if fl, ok := fields["en"]; ok {
		if a.EN, err = d.String(fl.Value); err != nil {
			return nil, err
		}
	}
	if fl, ok := fields["state"]; ok {
		if a.State, err = decodeState(d, fl.Value); err != nil {
			return nil, err
		}
	}
	if fl, ok := fields["translator"]; ok {
		if a.Translator, err = d.String(fl.Value); err != nil {
			return nil, err
		}
	}
	if a.RemovedAt, err = d.Time(fields["removed_at"].Value); err != nil {
		return nil, err
	}
	return a, nil
}

// opt returns a string node, or nil (key left out) for "".
func opt(s string) *yaml.Node {
	if s == "" {
		return nil
	}
	return yamlx.Str(s)
}

// encodeYAML writes the file through a yaml.Node tree and yaml.v3: the
// reference for the canonical layout, which Encode (canon.go) writes
// directly. A key added here must be added there: the differential tests in
// canon_test.go fail until it is.
func encodeYAML(f *File) ([]byte, error) {
	segs := yamlx.Seq()
	for _, s := range f.Segments {
		var sentences, claim, approval, conflict, accepted, comments *yaml.Node
		if s.Sentences > 1 {
			sentences = yamlx.Int(s.Sentences)
		}
		if s.Claim != nil {
			claim = yamlx.Flow(yamlx.Map("by", yamlx.Str(s.Claim.By), "at", yamlx.Time(s.Claim.At)))
		}
		if a := s.Approval; a != nil {
			var forced *yaml.Node
			if a.Forced {
				forced = yamlx.Bool(true)
			}
			approval = yamlx.Flow(yamlx.Map("by", yamlx.Str(a.By), "at", yamlx.Time(a.At),
				"zh_sha256", yamlx.Str(a.ZHSHA256), "en_sha256", yamlx.Str(a.ENSHA256), "forced", forced, "signature", opt(a.Signature)))
		}
		if c := s.Conflict; c != nil {
			conflict = yamlx.Flow(yamlx.Map("en", yamlx.Str(c.EN), "zh", opt(c.ZH), "by", opt(c.By), "at", yamlx.Time(c.At)))
		}
		if len(s.Accepted) > 0 {
			accepted = yamlx.Seq()
			for _, ac := range s.Accepted {
				accepted.Content = append(accepted.Content,
					yamlx.Flow(yamlx.Map("rule", yamlx.Str(ac.Rule), "term", opt(ac.Term), "number", opt(ac.Number), "by", yamlx.Str(ac.By),
						"at", yamlx.Time(ac.At), "why", yamlx.Str(ac.Why), "zh_sha256", yamlx.Str(ac.ZHSHA256), "en_sha256", yamlx.Str(ac.ENSHA256))))
			}
		}
		if len(s.Comments) > 0 {
			comments = yamlx.Seq()
			for _, c := range s.Comments {
				comments.Content = append(comments.Content,
					yamlx.Flow(yamlx.Map("by", yamlx.Str(c.By), "at", yamlx.Time(c.At), "text", yamlx.Str(c.Text))))
			}
		}
		segs.Content = append(segs.Content, yamlx.Map(
			"id", yamlx.Str(s.ID),
			"para", yamlx.Int(s.Para),
			"sentences", sentences,
			"zh", yamlx.Str(s.ZH),
			"en", yamlx.Str(s.EN),
			"state", yamlx.Str(string(s.State)),
			"translator", opt(s.Translator),
			"origin", opt(s.Origin),
			"claim", claim,
			"approval", approval,
			"previous_zh", opt(s.PreviousZH),
			"previous_en", opt(s.PreviousEN),
			"stale_from", opt(string(s.staleFrom())),
			"conflict", conflict,
			"accepted", accepted,
			"comments", comments,
		))
	}
	var archived *yaml.Node
	if len(f.Archived) > 0 {
		archived = yamlx.Seq()
		for _, a := range f.Archived {
			archived.Content = append(archived.Content, yamlx.Map(
				"id", yamlx.Str(a.ID),
				"para", yamlx.Int(a.Para),
				"zh", yamlx.Str(a.ZH),
				"en", yamlx.Str(a.EN),
				"state", opt(string(a.State)),
				"translator", opt(a.Translator),
				"removed_at", yamlx.Time(a.RemovedAt),
			))
		}
	}
	root := yamlx.Map(
		"bitext", yamlx.Int(f.Version),
		"article", yamlx.Str(f.Article),
		"source", yamlx.Str(f.Source),
		"source_sha256", yamlx.Str(f.SourceSHA256),
		"segments", segs,
		"archived", archived,
	)
	return yamlx.Encode(root)
}
