package align

import (
	"runtime"
	"sync"
)

// maxFillWorkers is the most goroutines fillCosts shares the rows among;
// minFillRows the fewest rows each gets (below, one goroutine does all).
var maxFillWorkers = 4

const minFillRows = 64

// fillCosts computes the bead costs of the band (see fillRows), its rows
// shared among the processors: the costs are the programme's main work,
// and each is computed alone. Each goroutine has its own anchor stamps;
// the lexical masks the beads read are computed beforehand, so that the
// goroutines only read them. The costs are the same, bit for bit, however
// the rows are shared.
func (al *aligner) fillCosts() {
	rows := len(al.zh) + 1
	workers := min(runtime.GOMAXPROCS(0), maxFillWorkers, rows/minFillRows)
	if workers < 2 {
		al.fillRows(0, rows)
		return
	}
	al.prefillMasks()
	chunk := (rows + workers - 1) / workers
	var wg sync.WaitGroup
	for w := 1; w < workers; w++ {
		from, to := w*chunk, min(rows, (w+1)*chunk)
		if from >= to {
			continue
		}
		cp := *al
		cp.seen, cp.stamp = make([]int32, len(al.seen)), 0
		wg.Add(1)
		go func() {
			defer wg.Done()
			cp.fillRows(from, to)
		}()
	}
	al.fillRows(0, min(rows, chunk))
	wg.Wait()
}

// prefillMasks computes, for each Chinese sentence, the lexical masks of
// every English sentence a bead of the band pairs it with (as cost asks
// for them through lexModel.score).
func (al *aligner) prefillMasks() {
	n, m := len(al.zh), len(al.en)
	lo, hi := make([]int, n), make([]int, n)
	for r := range lo {
		lo[r], hi[r] = m, 0
	}
	for i := 0; i <= n; i++ {
		jlo, jhi := max(0, al.center[i]-al.band), min(m, al.center[i]+al.band)
		for j := jlo; j <= jhi; j++ {
			for _, sh := range beadShapes[:al.shapes] {
				if sh.zh == 0 || sh.en == 0 || sh.zh > maxSide || sh.en > maxSide || al.cell(i+sh.zh, j+sh.en) < 0 {
					continue
				}
				for r := i; r < i+sh.zh; r++ {
					lo[r], hi[r] = min(lo[r], j), max(hi[r], j+sh.en)
				}
			}
		}
	}
	for r := range lo {
		if lo[r] < hi[r] {
			al.lex.masks(r, lo[r], hi[r])
		}
	}
}
