package workflow

import (
	"errors"
	"io/fs"
	"path/filepath"
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
	"github.com/bitext-desk/bitext/articles/safeio"
	"github.com/bitext-desk/bitext/articles/yamlx"
)

// SettingsFile is the name of the workspace settings file.
const SettingsFile = "bitext.yaml"

// Severity of a rule: error, warning or off.
type Severity string

// The severities a rule can be given in bitext.yaml.
const (
	SevError   Severity = "error"
	SevWarning Severity = "warning"
	SevOff     Severity = "off"
)

// Settings are the keys of bitext.yaml. Every key is optional.
type Settings struct {
	SourceLang     string
	TargetLang     string
	Articles       string // directory, relative to the workspace root
	Glossary       string // file, relative to the workspace root
	Severity       map[string]Severity
	ClaimTTL       time.Duration
	SelfApprove    bool
	SyncSimilarity float64 // how alike an edited sentence must be to keep its English (0..1)
	SplitInQuotes  bool    // sources also split inside quotations (articles.Segmentation)

	// The trust boundary (issue 11): see security.go.
	MaxFileSize            int64         // the largest file bitext reads (max_file_size)
	LockTimeout            time.Duration // how long a command waits for an article's lock
	AllowedSigners         string        // allowed-signers file, relative to the workspace root
	RequireSignedApprovals bool          // check verifies every approval's signature

	at map[string]articles.Pos // where each key's value stands in bitext.yaml
}

// DefaultSettings are used for keys bitext.yaml leaves out.
func DefaultSettings() Settings {
	return Settings{
		SourceLang:     "zh-Hans",
		TargetLang:     "en",
		Articles:       "articles",
		Glossary:       "glossary.yaml",
		Severity:       map[string]Severity{},
		ClaimTTL:       72 * time.Hour,
		SyncSimilarity: 0.5,
		MaxFileSize:    safeio.DefaultLimit,
		LockTimeout:    defaultLockTimeout,
	}
}

var settingsKeys = []string{"source_lang", "target_lang", "articles", "glossary", "severity", "claim_ttl", "self_approve", "sync_similarity", "split_in_quotes",
	"max_file_size", "lock_timeout", "allowed_signers", "require_signed_approvals"}

// LoadSettings reads bitext.yaml at path; a missing file gives the defaults.
func LoadSettings(path string) (Settings, error) {
	s := DefaultSettings()
	data, err := safeio.ReadRegular(path, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return s, err
	}
	return ParseSettings(path, data)
}

// ParseSettings decodes bitext.yaml strictly.
func ParseSettings(path string, data []byte) (Settings, error) {
	s := DefaultSettings()
	root, err := yamlx.Parse(path, data)
	if err != nil {
		var de *diag.Error
		if errors.As(err, &de) && de.Code == diag.CodeEmpty {
			return s, nil // an empty bitext.yaml means all defaults
		}
		return s, err
	}
	d := yamlx.Decoder{File: path}
	fields, err := d.Mapping(root, settingsKeys)
	if err != nil {
		return s, err
	}
	s.at = make(map[string]articles.Pos, len(fields))
	for k, f := range fields {
		s.at[k] = articles.Pos{Line: f.Value.Line, Col: f.Value.Column}
	}
	if err := parseBoundarySettings(d, fields, &s); err != nil {
		return s, err
	}
	for key, dst := range map[string]*string{"source_lang": &s.SourceLang, "target_lang": &s.TargetLang, "articles": &s.Articles, "glossary": &s.Glossary} {
		if f, ok := fields[key]; ok {
			v, err := d.String(f.Value)
			if err != nil {
				return s, err
			}
			if v == "" {
				return s, d.Err(f.Value, diag.CodeBadSetting, diag.A{"key": key, "value": v})
			}
			*dst = v
		}
	}
	if f, ok := fields["severity"]; ok {
		pairs, err := d.Pairs(f.Value)
		if err != nil {
			return s, err
		}
		for _, p := range pairs {
			val, err := d.String(p.Value)
			if err != nil {
				return s, err
			}
			switch Severity(val) {
			case SevError, SevWarning, SevOff:
			default:
				return s, d.Err(p.Value, diag.CodeBadSetting, diag.A{"key": "severity." + p.Key.Value, "value": val})
			}
			s.Severity[p.Key.Value] = Severity(val)
		}
	}
	if f, ok := fields["claim_ttl"]; ok {
		if s.ClaimTTL, err = d.Duration(f.Value); err != nil {
			return s, err
		}
	}
	if f, ok := fields["self_approve"]; ok {
		if s.SelfApprove, err = d.Bool(f.Value); err != nil {
			return s, err
		}
	}
	if f, ok := fields["split_in_quotes"]; ok {
		if s.SplitInQuotes, err = d.Bool(f.Value); err != nil {
			return s, err
		}
	}
	if f, ok := fields["sync_similarity"]; ok {
		if s.SyncSimilarity, err = d.Float(f.Value); err != nil {
			return s, err
		}
		if s.SyncSimilarity < 0 || s.SyncSimilarity > 1 {
			return s, d.Err(f.Value, diag.CodeBadSetting, diag.A{"key": "sync_similarity", "value": f.Value.Value})
		}
	}
	return s, nil
}

// Segmentation is how the workspace splits its sources into segments.
func (s Settings) Segmentation() articles.Segmentation {
	return articles.Segmentation{SplitInQuotes: s.SplitInQuotes}
}

// DefaultSettingsYAML is what `bitext init` writes: every key, with its default.
const DefaultSettingsYAML = `# bitext workspace settings; every key is optional and shows its default.
source_lang: zh-Hans
target_lang: en
articles: articles
glossary: glossary.yaml
severity:            # per rule id: error | warning | off
  workflow.untranslated: warning
claim_ttl: 72h       # a checkout expires after this long
self_approve: false  # may a translator approve their own translation?
sync_similarity: 0.5 # how alike an edited sentence must stay to keep its English
split_in_quotes: false  # also end a sentence at 。！？ inside a quotation (set before adding articles)
max_file_size: 64MB  # the largest file bitext reads
lock_timeout: 30s    # how long to wait for an article another command is writing
# allowed_signers: .bitext-allowed-signers  # who may sign approvals (git's format)
require_signed_approvals: false  # check verifies every approval's SSH signature
`

// Rel makes path relative to root and slash-separated, for messages.
func Rel(root, path string) string {
	if r, err := filepath.Rel(root, path); err == nil && !filepath.IsAbs(r) && r != ".." && !startsDotDot(r) {
		return filepath.ToSlash(r)
	}
	return filepath.ToSlash(path)
}

func startsDotDot(p string) bool {
	return len(p) >= 3 && p[:3] == ".."+string(filepath.Separator)
}
