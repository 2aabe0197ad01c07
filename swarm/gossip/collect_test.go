package gossip_test

import (
	"context"
	"sync"
	"testing"

	"github.com/apiary-rl/apiary/swarm/wire"
	"github.com/fxamacker/cbor/v2"
)

type wantDelivery struct {
	author string
	msg    wire.Message
}

// startCollectors subscribes every node to every kind and forwards deliveries to subs[i].
func startCollectors(t testing.TB, ctx context.Context, ns []*node, subs []chan wantDelivery) func() {
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	for i, nd := range ns {
		subs[i] = make(chan wantDelivery, 1024)
		for _, k := range wire.Kinds {
			s, err := nd.g.Subscribe(k, 256)
			if err != nil {
				t.Fatal(err)
			}
			wg.Add(1)
			go func(ch chan wantDelivery) {
				defer wg.Done()
				defer s.Cancel()
				for {
					r, err := s.Next(ctx)
					if err != nil {
						return
					}
					ch <- wantDelivery{r.Author.Hex(), r.Msg}
				}
			}(subs[i])
		}
	}
	return func() { cancel(); wg.Wait() }
}

// waitDelivery waits for the rollout (author, index) on ch, failing on anything else from
// author.
func waitDelivery(t testing.TB, ctx context.Context, ch chan wantDelivery, author string, index uint32, host int) {
	t.Helper()
	for {
		select {
		case d := <-ch:
			if d.author != author {
				continue
			}
			if r, ok := d.msg.(*wire.Rollout); ok && r.Group == index {
				return
			}
			t.Fatalf("host %d delivered an unexpected %s from the adversary", host, d.msg.Kind())
		case <-ctx.Done():
			t.Fatalf("host %d never delivered the adversary's valid rollout", host)
		}
	}
}

// drainCheck fails if ch holds any delivery from author.
func drainCheck(t testing.TB, ch chan wantDelivery, author string, host int) {
	t.Helper()
	for {
		select {
		case d := <-ch:
			if d.author == author {
				t.Errorf("host %d delivered an invalid %s from the adversary", host, d.msg.Kind())
			}
		default:
			return
		}
	}
}

func enc(t testing.TB, m wire.Message) []byte {
	t.Helper()
	b, err := wire.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// encUnchecked encodes canonically without the schema checks Encode applies.
func encUnchecked(t testing.TB, m wire.Message) []byte {
	t.Helper()
	em, err := cbor.CoreDetEncOptions().EncMode()
	if err != nil {
		t.Fatal(err)
	}
	b, err := em.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
