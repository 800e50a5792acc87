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

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	os.Exit(Main(os.Args, NewOSEnv()))
}
