package main

import (
	"context"
	"fmt"

	"github.com/warroom-dev/warroom/incidents"
)

func verifyCommand() command {
	return command{
		name:    "verify",
		summary: "check a journal's hash chain (exit 0 intact, 3 broken)",
		run: func(ctx context.Context, e *env, args []string) error {
			fs := newFlags(e, "verify", "JOURNAL",
				"Checks every entry's hash, the seq sequence, the prev_hash chain and the time order.\n"+
					"Exits 0 when intact; 3 with the first bad seq and the reason when not; 1 when unreadable.")
			path, err := parseWithPath(fs, args)
			if err != nil {
				return err
			}
			r, err := incidents.Verify(path)
			if err != nil {
				return err
			}
			if !r.OK {
				return exitError{3, fmt.Errorf("%s", r)}
			}
			fmt.Fprintln(e.stdout, r)
			return nil
		},
	}
}
