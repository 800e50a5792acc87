package align

import "math"

// A list rendered sentence by sentence (seventh round, TUNING.md "The
// condensed gap"). The length model's last term, (cv·r·L)², says that the
// ratio of English to Chinese varies from one sentence to the next, and
// that a pair's ratio varies as one sentence's does. But a Chinese sentence
// rendered by many English ones is mostly a list, its parts joined by ；,
// each part rendered by a sentence of its own: the parts' ratios vary
// apart, and their sum varies less than one sentence's would. Read as one
// sentence, a long pair's length barely moves when a sentence moves in or
// out of it, so the aligner made a short neighbour's length fit by
// handing it the long pair's first or last sentence (1-4 + 1-1 for the
// translator's 1-3 + 1-2 ... the other way round). So for a pair of one
// Chinese sentence and listMin or more English ones, that term is divided
// by b^listPow (b English sentences): half way, on a logarithmic scale,
// between one ratio for the pair and b independent ones.
const (
	listMin = 4
	listPow = 0.3
)

// listDelta is the δ the length cost reads for a pair of a Chinese and b
// English sentences of lengths z and e, whose δ as one sentence is d.
// The long shapes' gate (longDelta) reads d: with the smaller spread a
// list rendered freely (a ratio well off the document's) would be cut
// off.
func (al *aligner) listDelta(d, z, e, ratio float64, a, b int) float64 {
	if a != 1 || b < listMin {
		return d
	}
	mean := (z + e/ratio) / 2
	if mean <= 0 {
		return 0
	}
	rl := ratio * mean
	v := var0 + al.spread*(gcVar*rl+cv*cv*rl*rl/listDiv[min(b, len(listDiv)-1)])
	return (e - ratio*z) / math.Sqrt(v)
}

// listDiv[b] is b^listPow.
var listDiv = func() []float64 {
	t := make([]float64, maxSide+1)
	for b := range t {
		t[b] = math.Pow(float64(max(b, 1)), listPow)
	}
	return t
}()
