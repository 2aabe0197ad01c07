package gossip_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
	"github.com/apiary-rl/apiary/swarm/wire"
)

type msgKey struct {
	kind   wire.Kind
	author string
	index  uint32
}

func keyOf(r gossipReceived) msgKey {
	k := msgKey{kind: r.kind, author: r.author}
	switch m := r.msg.(type) {
	case *wire.Rollout:
		k.index = m.Group
	}
	return k
}

type gossipReceived struct {
	kind   wire.Kind
	author string
	msg    wire.Message
}

// TestEveryPeerGetsEveryValidMessage: 12 hosts on a ring of degree 3; each publishes two
// rollouts, a critique, an update and a notice; every host must deliver all 60 messages.
func TestEveryPeerGetsEveryValidMessage(t *testing.T) {
	const n = 12
	clock := testClock(t)
	chain := clock.chain()
	ns := newNodes(t, n, 3, chain, clock)

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	want := map[msgKey]bool{}
	got := make([]map[msgKey]bool, n)
	var wg sync.WaitGroup
	var mu sync.Mutex
	for i, nd := range ns {
		got[i] = map[msgKey]bool{}
		for _, k := range wire.Kinds {
			sub, err := nd.g.Subscribe(k, 128)
			if err != nil {
				t.Fatal(err)
			}
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				defer sub.Cancel()
				for {
					r, err := sub.Next(ctx)
					if err != nil {
						return
					}
					mu.Lock()
					got[i][keyOf(gossipReceived{r.Msg.Kind(), r.Author.Hex(), r.Msg})] = true
					mu.Unlock()
				}
			}(i)
		}
	}
	waitTopicPeers(t, ns)
	for _, nd := range ns {
		a := nd.id.Address.Hex()
		msgs := []wire.Message{
			rollout(testRound, 0, []byte("r0 "+a)),
			rollout(testRound, 1, []byte("r1 "+a)),
			&wire.Critique{V: wire.Version, Run: swarmtest.Run, Round: testRound, Author: nd.id.Address,
				Target: swarm.Root{2}, Verdict: wire.VerdictWrongSample},
			&wire.Update{V: wire.Version, Run: swarmtest.Run, Round: testRound, UpdateRoot: swarm.Root{3},
				UpdateBlob: swarm.Root{7}, Size: 10, TraceRoot: swarm.Root{4}, Base: swarm.Root{5},
				BatchRoot: swarm.Root{8}, Manifest: swarm.Root{9}},
			&wire.Notice{V: wire.Version, Run: swarmtest.Run, Round: testRound + 1, Model: swarm.Root{6},
				Blob: swarm.Root{10}, Size: 10},
		}
		for _, m := range msgs {
			want[keyOf(gossipReceived{m.Kind(), a, m})] = true
			if err := nd.g.Publish(ctx, m); err != nil {
				t.Fatal(err)
			}
		}
	}
	done := func() bool {
		mu.Lock()
		defer mu.Unlock()
		for i := range got {
			if len(got[i]) < len(want) {
				return false
			}
		}
		return true
	}
	for !done() && ctx.Err() == nil {
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	wg.Wait()
	for i := range got {
		for k := range want {
			if !got[i][k] {
				t.Errorf("host %d never received %s from %s (#%d)", i, k.kind, k.author, k.index)
			}
		}
		if len(got[i]) != len(want) {
			t.Errorf("host %d received %d distinct messages, want %d", i, len(got[i]), len(want))
		}
	}
	if t.Failed() {
		t.Log(fmt.Sprint("want ", len(want), " messages"))
	}
}
