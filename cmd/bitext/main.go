// Command bitext keeps Chinese news articles aligned with their English
// translations: segments, glossary checks, drift, review. See README.md.
package main

import "os"

func main() { os.Exit(Main(os.Args, NewOSEnv())) }
