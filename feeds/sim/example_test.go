package sim_test

import (
	"context"
	"fmt"
	"net"
	"time"

	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/feeds/sim"
)

type printSink struct{}

func (printSink) Ingest(batch []*feeds.Mention) {
	for _, m := range batch {
		fmt.Println(m.Author.Handle, m.Text)
	}
}

// A crisis played at speed 30 on a loopback port, read by a native feed
// client: what `warroom demo` does, less the dashboard.
func Example() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	srv, err := sim.NewServer(sim.DefaultScenario(), sim.Options{Seed: 1, Speed: 30})
	if err != nil {
		panic(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go srv.Serve(ctx, ln)
	c, err := feeds.NewClient(feeds.Config{
		Name: "simulator", URL: "ws://" + ln.Addr().String() + "/",
		Adapter: feeds.NewNative(), Sink: printSink{},
	})
	if err != nil {
		panic(err)
	}
	go func() { _ = c.Run(ctx) }()
	<-ctx.Done()
	fmt.Println(c.Status().State, c.Status().Accepted)
}
