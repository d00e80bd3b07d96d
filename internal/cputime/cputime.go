// Package cputime reads the CPU time the process used, for benchmarks on
// shared machines where wall time depends on the neighbours.
package cputime

import (
	"syscall"
	"time"
)

// Used is the user plus system CPU time of every thread of the process.
func Used() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// PerOp is the CPU seconds used since start, per operation.
func PerOp(start time.Duration, n int) float64 {
	return (Used() - start).Seconds() / float64(n)
}
