package align

import "math"

// A pair's confidence is read from its posterior, its shape and where it
// ends by a small logistic model, fitted on half A of the literary
// development texts (TestCalibrationFit refits it and prints these
// constants):
//
//	confidence = σ(c0 + cPost·logit(posterior) + cSize·(zh+en sentences)
//	               + cOne·[1-1] + cIndel·[1-0 or 0-1] + cEnds·[ends apart])
//
// The posterior is not as right for every shape: at the same posterior a
// 1-1 pair is right less often than a 1-2 one, about as often as a 2-2 or
// 1-3 one, a pair of many sentences less often than one of few, and a
// sentence with nothing on the other side (1-0, 0-1) much less often. And
// a pair that ends a paragraph on one side only is mostly wrong: the cost
// weighs where pairs start against the paragraphs, not where they end
// (see costOrBound), so the posterior does not see it. Fitted as a
// probability, the model is then scaled in log-odds so that 0.75 and 0.9
// keep their meaning: below 0.75 as many of half A's wrong pairs are
// flagged as the posterior flagged there, and at 0.9 or more as large a
// share of half A's pairs are right as of the posterior's there (0.985).
// The order of the pairs by confidence is the model's; the alignment is
// not touched.
const (
	calC0     = 1.551
	calPost   = 1.004
	calSize   = -0.420
	calOne    = -0.677
	calIndel  = -3.293
	calEnds   = -2.496
	logitClip = 1e-4 // posteriors are read within [logitClip, 1-logitClip]
	// The size term is read at most at calMaxSize sentences, the largest
	// pair it was fitted on (1-6): the long shapes of report prose (1-7
	// to 1-12, 6-1 to 9-1; seventh round) are not otherwise flagged for
	// their size alone (on the condensed texts of TestDevCondensed, 100
	// of 102 such pairs at confidence 0.9 or more are right).
	calMaxSize = 7
)

// logit is log(p/(1-p)), p kept within [logitClip, 1-logitClip].
func logit(p float64) float64 {
	p = clamp(p, logitClip, 1-logitClip)
	return math.Log(p / (1 - p))
}

// calibrated is the confidence of a pair of zh Chinese and en English
// sentences whose posterior is post; endsApart tells that it ends a
// paragraph on one side only.
func calibrated(post float64, zh, en int, endsApart bool) float64 {
	x := calC0 + calPost*logit(post) + calSize*float64(min(zh+en, calMaxSize))
	switch {
	case zh == 1 && en == 1:
		x += calOne
	case zh == 0 || en == 0:
		x += calIndel
	}
	if endsApart {
		x += calEnds
	}
	return 1 / (1 + math.Exp(-x))
}

// endsApart tells that a bead with sentences on both sides ends a
// paragraph on one side and not on the other (the end of the text ends
// one).
func (a *Alignment) endsApart(b Bead) bool {
	if b.ZH.Len() == 0 || b.EN.Len() == 0 {
		return false
	}
	z := b.ZH.Hi == len(a.zh) || a.zh[b.ZH.Hi].paraStart
	e := b.EN.Hi == len(a.en) || a.en[b.EN.Hi].paraStart
	return z != e
}

// calibrate turns each bead's posterior into its confidence.
func (a *Alignment) calibrate() {
	for k := range a.Beads {
		b := &a.Beads[k]
		b.Confidence = calibrated(b.Confidence, b.ZH.Len(), b.EN.Len(), a.endsApart(*b))
	}
}
