// Package interchange reads and writes the files CAT tools and term tools
// exchange: XLIFF 2.1 and 1.2, gettext PO, TMX and TBX. It knows nothing of
// workspaces: the workflow package turns segment files into a Doc and back.
// XML goes through encoding/xml only; PO, a text format, has its own careful
// parser.
package interchange

import (
	"time"

	"github.com/bitext-desk/bitext/articles"
	"github.com/bitext-desk/bitext/articles/diag"
)

// Format names an interchange file format.
type Format string

// The formats of export and import.
const (
	XLIFF2  Format = "xliff"   // XLIFF 2.1
	XLIFF12 Format = "xliff12" // XLIFF 1.2
	PO      Format = "po"      // gettext PO
)

// Doc is a bilingual file: segments of one or more articles.
type Doc struct {
	SourceLang, TargetLang string
	Created                time.Time // when it was exported
	Files                  []*File
}

// File is one article's units.
type File struct {
	Article string // the article's slug
	Path    string // the segment file, workspace-relative (informative)
	Units   []*Unit
}

// Unit is one segment as exchanged.
type Unit struct {
	ID    string // the segment id
	Para  int
	ZH    string
	EN    string
	State articles.State
	// ZHSHA256 and ENSHA256 are the hashes of the segment's Chinese and
	// English at export: import compares them with the segment as it is
	// now, so that work done on either side since is never overwritten.
	ZHSHA256, ENSHA256 string
	Locked             bool   // approved: a CAT tool should protect it
	PreviousZH         string // the Chinese the English was made for (stale)
	Notes              []Note
	Terms              []Term
	Origin             string // where a pre-filled English came from (translation memory)

	// Where the unit stands in the file it was read from (import only).
	Line, Col int
}

// Note is a comment on a unit.
type Note struct {
	By, Text string
}

// Term is a glossary term found in the unit's Chinese.
type Term struct {
	ZH, EN, Note string
}

// Error codes of this package.
const (
	CodeXMLSyntax = "err.interchange.xml"       // not well-formed XML
	CodeNotXLIFF  = "err.interchange.not-xliff" // root is not an XLIFF document we read
	CodeBadUnit   = "err.interchange.unit"      // a unit bitext did not export (no article/segment)
	CodePOSyntax  = "err.interchange.po"        // PO syntax error
	CodeDupUnit   = "err.interchange.duplicate" // the same segment twice in one file
	CodeBadTMX    = "err.interchange.tmx"       // not a TMX document
	CodeBadTBX    = "err.interchange.tbx"       // not a TBX document, or an entry without Chinese and English
	CodeBadCSV    = "err.interchange.csv"       // a CSV term list we cannot read
)

func init() {
	diag.Register(CodeXMLSyntax, CodeNotXLIFF, CodeBadUnit, CodePOSyntax, CodeDupUnit, CodeBadTMX, CodeBadTBX, CodeBadCSV)
}
