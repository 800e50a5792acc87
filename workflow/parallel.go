package workflow

import (
	"runtime"
	"sync"
)

// parallel runs fn(0..n-1) on at most GOMAXPROCS goroutines.
func parallel(n int, fn func(i int)) { parallelN(n, runtime.GOMAXPROCS(0), fn) }

// ioWorkers is how many files are written at once: each durable write waits
// on fsync, so more writers than CPUs overlap that wait (on the 2-core
// development machine, syncing 2,000 articles: 2 writers 4.6 s, 8 writers
// 3.4 s, 16 writers 3.7 s, 32 writers 4.7 s).
const ioWorkers = 8

// parallelN runs fn(0..n-1) on at most workers goroutines.
func parallelN(n, workers int, fn func(i int)) {
	workers = min(workers, n)
	if workers <= 1 {
		for i := range n {
			fn(i)
		}
		return
	}
	var wg sync.WaitGroup
	next := make(chan int, n)
	for i := range n {
		next <- i
	}
	close(next)
	for range workers {
		wg.Go(func() {
			for i := range next {
				fn(i)
			}
		})
	}
	wg.Wait()
}
