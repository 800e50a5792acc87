//go:build race

package align

// raceEnabled: the race detector slows the aligner tenfold; the
// development-set measurements run without it.
const raceEnabled = true
