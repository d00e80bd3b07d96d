package incidents

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"
)

// childEnv selects a child mode when the test binary re-executes itself.
const childEnv = "INCIDENTS_TEST_CHILD"

func TestMain(m *testing.M) {
	switch os.Getenv(childEnv) {
	case "crash":
		crashChild(os.Getenv("INCIDENTS_TEST_PATH"))
	case "lock":
		_, err := Open(os.Getenv("INCIDENTS_TEST_PATH"), Options{})
		fmt.Println(err)
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// splitWrites writes each batch in two system calls with a pause between
// them, so that a kill can land mid-batch and leave a torn last line, as a
// power cut does.
type splitWrites struct{ File }

func (s splitWrites) Write(b []byte) (int, error) {
	n, err := s.File.Write(b[:len(b)/2])
	if err != nil {
		return n, err
	}
	time.Sleep(time.Millisecond)
	m, err := s.File.Write(b[len(b)/2:])
	return n + m, err
}

// crashChild appends from four goroutines until it is killed, printing
// "seq body" for every acknowledged entry.
func crashChild(path string) {
	j, err := Open(path, Options{Actor: Actor{Name: "crash"}, WrapFile: func(f File) File { return splitWrites{f} }})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if j.State().Incident == "" {
		if _, err := j.Append(context.Background(), Draft{Kind: KindDeclared, Data: DeclaredData{Title: "crash", Severity: SEV4}}); err != nil {
			os.Exit(1)
		}
	}
	var out sync.Mutex
	for g := range 4 {
		go func() {
			for i := 0; ; i++ {
				body := fmt.Sprintf("p%d-g%d-%d", os.Getpid(), g, i)
				e, err := j.Append(context.Background(), Draft{Kind: KindNote, Body: body})
				if err != nil {
					fmt.Fprintln(os.Stderr, err)
					os.Exit(1)
				}
				out.Lock()
				fmt.Fprintf(os.Stdout, "%d %s\n", e.Seq, body)
				out.Unlock()
			}
		}()
	}
	select {}
}
