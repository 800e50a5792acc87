//go:build race

package workflow_test

// raceEnabled: the tests run under the race detector, which makes the
// real-text recall measurement (thousands of planted faults) ten times
// slower; it is a measurement, not a concurrency test, and runs without.
const raceEnabled = true
