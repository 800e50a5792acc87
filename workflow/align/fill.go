package align

import (
	"runtime"
	"sync"
	"sync/atomic"
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
// every English sentence a bead of the band may pair it with (as cost asks
// for them through lexModel.score): from the band's start in the rows of
// the beads that can hold the sentence to its end plus the most English
// sentences a bead has.
func (al *aligner) prefillMasks() {
	n, m := len(al.zh), len(al.en)
	maxZ, maxE := 0, 0
	for _, sh := range beadShapes[:al.shapes] {
		if sh.zh > 0 && sh.en > 0 {
			maxZ, maxE = max(maxZ, min(sh.zh, maxSide)), max(maxE, min(sh.en, maxSide))
		}
	}
	for r := range n {
		lo, hi := m, 0
		for i := max(0, r-maxZ+1); i <= r; i++ {
			lo, hi = min(lo, al.center[i]-al.band), max(hi, al.center[i]+al.band+maxE)
		}
		if lo, hi = max(0, lo), min(m, hi); lo < hi {
			al.lex.masks(r, lo, hi)
		}
	}
}

// goParallel runs f on another goroutine when a table of the given rows is
// worth it and there is a processor for it, else before it returns.
func goParallel(rows int, f func()) {
	if min(runtime.GOMAXPROCS(0), maxFillWorkers) < 2 || rows < 2*minFillRows {
		f()
		return
	}
	go f()
}

// forEachParallel calls, for each k in 0..n-1 once, a function that
// worker gives, the ks shared among the processors in chunks taken in
// turn (each goroutine calls worker once, so it can keep its own caches).
// The functions must write only what belongs to their k.
func forEachParallel(n int, worker func() func(k int)) {
	workers := min(runtime.GOMAXPROCS(0), maxFillWorkers)
	if workers < 2 || n < 2*minFillRows {
		f := worker()
		for k := range n {
			f(k)
		}
		return
	}
	const chunk = 16
	var next atomic.Int64
	work := func() {
		f := worker()
		for {
			lo := int(next.Add(chunk)) - chunk
			if lo >= n {
				return
			}
			for k := lo; k < min(n, lo+chunk); k++ {
				f(k)
			}
		}
	}
	var wg sync.WaitGroup
	for range workers - 1 {
		wg.Go(work)
	}
	work()
	wg.Wait()
}
