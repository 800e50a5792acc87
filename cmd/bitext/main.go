// Command bitext keeps Chinese news articles aligned with their English
// translations: segments, glossary checks, drift, review. See README.md.
package main

import (
	"os"
	"runtime/debug"
)

// memoryLimit keeps the garbage collector working harder before the heap
// passes it, so no command takes more than 2 GB on the supported article
// sizes (README: Limits). GOMEMLIMIT in the environment overrides it.
const memoryLimit = 1536 << 20

// bulkGC sets, unless GOGC is set, a larger GC target for a command that
// reads every file of the workspace and keeps little of each (sync, status:
// it spares a tenth to a half of their CPU, README § Archive scale), with a
// soft cap on memory; the func it returns puts both back.
func (a *app) bulkGC(percent int, limit int64) func() {
	if a.Getenv("GOGC") != "" {
		return func() {}
	}
	oldPercent := debug.SetGCPercent(percent)
	oldLimit := debug.SetMemoryLimit(limit)
	return func() {
		debug.SetMemoryLimit(oldLimit)
		debug.SetGCPercent(oldPercent)
	}
}

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	os.Exit(Main(os.Args, NewOSEnv()))
}
