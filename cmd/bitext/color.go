package main

// ANSI colours for text output, used only when app.color says the output is
// a terminal that wants them.
const (
	ansiReset   = "\x1b[0m"
	ansiBold    = "\x1b[1m"
	ansiDim     = "\x1b[2m"
	ansiRed     = "\x1b[31m" // deleted text
	ansiGreen   = "\x1b[32m" // inserted text
	ansiBoldRed = "\x1b[1;31m"
	ansiYellow  = "\x1b[1;33m"
)
