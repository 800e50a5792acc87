package align

import "math"

// A pair's confidence is read from its posterior and its shape by a small
// logistic model, fitted on half A of the literary development texts
// (TestCalibrationFit refits it and prints these constants):
//
//	confidence = σ(c0 + cPost·logit(posterior) + cSize·(zh+en sentences)
//	               + c11·[1-1] + cIndel·[1-0 or 0-1])
//
// The posterior is not as right for every shape: at the same posterior a
// 1-1 pair is right less often than a 1-2 one, about as often as a 2-2 or
// 1-3 one, a pair of many sentences less often than one of few, and a
// sentence with nothing on the other side (1-0, 0-1) much less often. Fitted as a probability, the model is then scaled in
// log-odds so that 0.75 and 0.9 keep their meaning: below 0.75 as many of
// half A's wrong pairs are flagged as the posterior flagged there, and at
// 0.9 or more 98.6 % of half A's pairs are right. The order of the pairs
// by confidence is the model's; the alignment is not touched.
const (
	calC0     = 1.627
	calPost   = 0.938
	calSize   = -0.440
	calOne    = -0.635
	calIndel  = -1.952
	logitClip = 1e-4 // posteriors are read within [logitClip, 1-logitClip]
)

// logit is log(p/(1-p)), p kept within [logitClip, 1-logitClip].
func logit(p float64) float64 {
	p = clamp(p, logitClip, 1-logitClip)
	return math.Log(p / (1 - p))
}

// calibrated is the confidence of a pair of zh Chinese and en English
// sentences whose posterior is post.
func calibrated(post float64, zh, en int) float64 {
	x := calC0 + calPost*logit(post) + calSize*float64(zh+en)
	switch {
	case zh == 1 && en == 1:
		x += calOne
	case zh == 0 || en == 0:
		x += calIndel
	}
	return 1 / (1 + math.Exp(-x))
}

// calibrate turns each bead's posterior into its confidence.
func calibrate(beads []Bead) {
	for k := range beads {
		b := &beads[k]
		b.Confidence = calibrated(b.Confidence, b.ZH.Len(), b.EN.Len())
	}
}
