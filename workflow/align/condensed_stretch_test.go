package align

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/bitext-desk/bitext/articles/aligndev"
)

// orderBeads returns beads (covering every sentence once, in any order)
// in text order.
func orderBeads(beads []aligndev.Bead) []aligndev.Bead {
	out := append([]aligndev.Bead(nil), beads...)
	key := func(b aligndev.Bead) (int, int) {
		z, e := -1, -1
		if len(b.ZH) > 0 {
			z = b.ZH[0]
		}
		if len(b.EN) > 0 {
			e = b.EN[0]
		}
		return z, e
	}
	sort.SliceStable(out, func(a, b int) bool {
		za, ea := key(out[a])
		zb, eb := key(out[b])
		if za >= 0 && zb >= 0 && za != zb {
			return za < zb
		}
		if ea >= 0 && eb >= 0 && ea != eb {
			return ea < eb
		}
		return za < zb
	})
	return out
}

// TestDevCondensedStretches prints each stretch of the condensed texts
// (BITEXT_DEV_SIDE zh or en, BITEXT_DEV_CORPUS, BITEXT_DEV_HALF for mac)
// where the aligner and the human alignment differ, between two
// boundaries they share: the human shapes (* a merged pair) and the
// aligner's, with the sentences' lengths, and the cost of each reading
// with the difference by part (human less aligner): "model" when the
// aligner's reading is the cheaper, "SEARCH" when the human one is (a
// shape the programme lacks is costed without its prior). BITEXT_NOCLAUSE=1
// without the clause pass. Analysis only (BITEXT_DEV_ANALYSIS=1).
func TestDevCondensedStretches(t *testing.T) {
	skipDevAnalysis(t)
	if os.Getenv("BITEXT_DEV_ANALYSIS") == "" {
		t.Skip("set BITEXT_DEV_ANALYSIS=1 to print the condensed texts' wrong stretches")
	}
	side, corpus, half := os.Getenv("BITEXT_DEV_SIDE"), os.Getenv("BITEXT_DEV_CORPUS"), os.Getenv("BITEXT_DEV_HALF")
	if side == "" {
		side = "zh"
	}
	if corpus == "" {
		corpus = "mac"
	}
	if corpus == "mac" && half == "" {
		half = "A"
	}
	if s := os.Getenv("BITEXT_DEV_CONDENSE_EVERY"); s != "" {
		fmt.Sscan(s, &condenseEvery)
		defer func() { condenseEvery = 3 }()
	}
	if os.Getenv("BITEXT_NOCLAUSE") != "" {
		clauseOn = false
		defer func() { clauseOn = true }()
	}
	tally := map[string]int{}
	for _, tx := range aligndev.LoadOrSkip(t, corpus) {
		if corpus == "mac" && half != "all" && macHalf(tx.ID) != half {
			continue
		}
		v := condense(tx, side)
		zs, es := lineSentences(v.zh), lineSentences(v.en)
		var a aligner
		al := a.align(zs, es, nil)
		al.calibrate()
		pred := devBeads(al)
		gold := orderBeads(v.gold)
		shape := func(b aligndev.Bead, g bool) string {
			s := fmt.Sprintf("%d-%d", len(b.ZH), len(b.EN))
			if g && v.merged[beadKey(b.ZH, b.EN)] {
				s += "*"
			}
			return s
		}
		conf := map[string]float64{}
		for k, b := range al.Beads {
			conf[beadKey(pred[k].ZH, pred[k].EN)] = b.Confidence
		}
		gi, pi := 0, 0
		var zg, eg, zp, ep int
		var gs, ps []string
		var gb, pb []aligndev.Bead
		for gi < len(gold) || pi < len(pred) {
			if pi >= len(pred) || gi < len(gold) && (zg < zp || zg == zp && eg <= ep) {
				stepPast(gold[gi], &zg, &eg)
				gs, gb = append(gs, shape(gold[gi], true)), append(gb, gold[gi])
				gi++
			} else {
				stepPast(pred[pi], &zp, &ep)
				ps, pb = append(ps, shape(pred[pi], false)), append(pb, pred[pi])
				pi++
			}
			if zg != zp || eg != ep || len(gs) == 0 || len(ps) == 0 {
				continue
			}
			if g, p := strings.Join(gs, " "), strings.Join(ps, " "); strings.ReplaceAll(g, "*", "") != p {
				prev, next := "start", "end"
				if k := gi - len(gs) - 1; k >= 0 {
					prev = shape(gold[k], true)
				}
				if gi < len(gold) {
					next = shape(gold[gi], true)
				}
				var cs []string
				for _, b := range pb {
					cs = append(cs, fmt.Sprintf("%.2f", conf[beadKey(b.ZH, b.EN)]))
				}
				lens := func(bs []aligndev.Bead) string {
					var out []string
					for _, b := range bs {
						var zl, el []string
						for _, i := range b.ZH {
							zl = append(zl, fmt.Sprint(int(zhLength(zs[i].Text))))
						}
						for _, j := range b.EN {
							el = append(el, fmt.Sprint(int(enLength(es[j].Text))))
						}
						out = append(out, strings.Join(zl, ",")+"|"+strings.Join(el, ","))
					}
					return strings.Join(out, " ")
				}
				parts := func(bs []aligndev.Bead) (out [6]float64) {
					for _, b := range bs {
						i0, j0 := 0, 0
						if len(b.ZH) > 0 {
							i0 = b.ZH[0]
						} else {
							i0 = zg // approximate: a 0-x bead's place
						}
						if len(b.EN) > 0 {
							j0 = b.EN[0]
						}
						ps := a.costParts(i0, i0+len(b.ZH), j0, j0+len(b.EN))
						for k, x := range ps {
							out[k] += x
							out[5] += x
						}
					}
					return out
				}
				hp, ap := parts(gb), parts(pb)
				verdict := "model"
				if hp[5] < ap[5] {
					verdict = "SEARCH"
				}
				fmt.Printf("cstretch %s %s at zh %d en %d: human [%s] aligner [%s] conf [%s] between %s and %s; lengths human %s; cost human %.2f aligner %.2f %s (prior %.2f len %.2f lex %.2f fit %.2f other %.2f)\n", side, tx.ID, zg, eg, g, p, strings.Join(cs, " "), prev, next, lens(gb), hp[5], ap[5], verdict, hp[0]-ap[0], hp[1]-ap[1], hp[2]-ap[2], hp[3]-ap[3], hp[4]-ap[4])
				tally["human ["+g+"] aligner ["+p+"]"]++
			}
			gs, ps, gb, pb = nil, nil, nil, nil
		}
	}
	for k, v := range tally {
		fmt.Printf("cstretch kind %3d  %s\n", v, k)
	}
}
