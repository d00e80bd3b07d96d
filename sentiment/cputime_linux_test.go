package sentiment

import (
	"time"

	"golang.org/x/sys/unix"
)

// threadCPU returns the CPU time consumed so far by the calling OS thread.
// The benchmarks lock their goroutine to its thread and report texts per
// CPU-second as well as per wall-second: on a shared, loaded machine the
// wall figure measures the neighbours as much as the code.
func threadCPU() (time.Duration, bool) {
	var ru unix.Rusage
	if err := unix.Getrusage(unix.RUSAGE_THREAD, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
