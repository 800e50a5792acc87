package align

// A long input (a desk's archive added in one go, several texts laid end
// to end) is rarely translated at one ratio: one text runs at 3.8 English
// letters per Chinese character, the next at 5.7. One ratio for the whole
// input makes every pair of the latter look too long, and the second pass
// trades right pairs for merges and deletions. So, on inputs longer than
// the window, the second pass's length model uses a ratio estimated
// locally, as estimate does for the whole: from the first pass's
// one-to-one pairs (Chinese of ten characters or more) within localHalf
// Chinese sentences either side (the window slid back inside the text at
// its ends), shrunk towards the whole input's ratio by localPrior
// characters' worth of it, so that a stretch with few such pairs keeps near
// the global figure. A box window over prefix sums moves the ratio
// smoothly, over a window's length, from one text's figure to the next's.
// Inputs no longer than the window keep the one ratio and align exactly as
// before. (A wider window, 150 either side, made one development text
// worse; 50 either side is noisy: texts of a hundred sentences aligned
// alone got worse.)
const (
	localHalf  = 100
	localPrior = 400.0 // Chinese characters
)

// localRatios returns the second pass's ratio for beads starting at each
// Chinese index 0..n, or nil when the input is no longer than the window.
func (al *aligner) localRatios(beads []Bead, global float64) []float64 {
	n := len(al.zh)
	if n <= 2*localHalf+1 {
		return nil
	}
	cz, ce := make([]float64, n+1), make([]float64, n+1)
	for _, b := range beads {
		if b.ZH.Len() == 1 && b.EN.Len() == 1 {
			z, e := al.zh[b.ZH.Lo].length, al.en[b.EN.Lo].length
			if z >= 10 && e >= 10 {
				cz[b.ZH.Lo+1], ce[b.ZH.Lo+1] = z, e
			}
		}
	}
	for i := 1; i <= n; i++ {
		cz[i] += cz[i-1]
		ce[i] += ce[i-1]
	}
	out := make([]float64, n+1)
	for i := range out {
		lo := min(max(0, i-localHalf), n-2*localHalf-1)
		hi := lo + 2*localHalf + 1
		z, e := cz[hi]-cz[lo], ce[hi]-ce[lo]
		out[i] = clamp((e+localPrior*global)/(z+localPrior), minRatio, maxRatio)
	}
	return out
}
