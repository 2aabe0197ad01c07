package gossip_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	pubsub "github.com/libp2p/go-libp2p-pubsub"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/gossip"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
	"github.com/apiary-rl/apiary/swarm/wire"
)

type failingRegistry struct{}

func (failingRegistry) IsRegistered(context.Context, swarm.RunID, common.Address) (bool, error) {
	return false, errors.New("rpc down")
}

func TestValidateRules(t *testing.T) {
	clock := testClock(t)
	chain := clock.chain()
	author := swarmtest.NewIdentity(t)
	chain.Register(author.Address)
	h := swarmtest.NewHost(t, author)
	g, err := gossip.New(h, swarmtest.Run, chain, clock.sched, clock.clock, gossip.WithLogger(swarmtest.Logger(t)))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = g.Close() }()
	down, err := gossip.New(swarmtest.NewHost(t, swarmtest.NewIdentity(t)), swarmtest.Run, failingRegistry{}, clock.sched, clock.clock,
		gossip.WithLogger(swarmtest.Logger(t)))
	if err != nil {
		t.Fatal(err)
	}
	defer down.Close()

	otherRun := rollout(testRound, 0, []byte("x"))
	otherRun.Run = swarm.RunID{9}
	v2 := rollout(testRound, 0, []byte("x"))
	v2.V = wire.Version + 1
	cases := []struct {
		name   string
		g      *gossip.Gossip
		data   []byte
		result pubsub.ValidationResult
		reason string
	}{
		{"valid", g, enc(t, rollout(testRound, 0, []byte("x"))), pubsub.ValidationAccept, "ok"},
		{"previous round", g, enc(t, rollout(testRound-1, 0, []byte("x"))), pubsub.ValidationAccept, "ok"},
		{"next round", g, enc(t, rollout(testRound+1, 0, []byte("x"))), pubsub.ValidationAccept, "ok"},
		{"stale round", g, enc(t, rollout(testRound-2, 0, []byte("x"))), pubsub.ValidationIgnore, "round-past"},
		{"future round", g, enc(t, rollout(testRound+2, 0, []byte("x"))), pubsub.ValidationReject, "round-future"},
		{"other run", g, enc(t, otherRun), pubsub.ValidationReject, "run"},
		{"newer version", g, encUnchecked(t, v2), pubsub.ValidationIgnore, "version"},
		{"empty", g, nil, pubsub.ValidationReject, "schema"},
		{"registry down", down, enc(t, rollout(testRound, 0, []byte("x"))), pubsub.ValidationIgnore, "registry-error"},
	}
	for _, c := range cases {
		v, data := c.g.Validate(context.Background(), wire.KindRollout, h.ID(), c.data, time.Now())
		if v.Result != c.result || v.Reason != c.reason {
			t.Errorf("%s: got %v/%s, want %v/%s", c.name, v.Result, v.Reason, c.result, c.reason)
		}
		if (v.Result == pubsub.ValidationAccept) != (data != nil) {
			t.Errorf("%s: validator data %v with result %v", c.name, data, v.Result)
		}
	}
}

// FuzzValidate feeds arbitrary bytes of every kind to the validator: it must not panic, and
// whatever it accepts must decode to a canonical message of the run.
func FuzzValidate(f *testing.F) {
	clock := testClock(f)
	chain := clock.chain()
	author := swarmtest.NewIdentity(f)
	chain.Register(author.Address)
	h := swarmtest.NewHost(f, author)
	g, err := gossip.New(h, swarmtest.Run, chain, clock.sched, clock.clock, gossip.WithLogger(swarmtest.Logger(f)))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { _ = g.Close() })
	f.Add(uint8(wire.KindRollout), enc(f, rollout(testRound, 0, []byte("x"))))
	f.Add(uint8(wire.KindUpdate), []byte{0xa0})
	f.Add(uint8(wire.KindNotice), []byte{})
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		k := wire.Kind(kind%4 + 1)
		v, _ := g.Validate(context.Background(), k, h.ID(), data, time.Now())
		if v.Result != pubsub.ValidationAccept {
			return
		}
		m, err := wire.Decode(k, data)
		if err != nil || m.Header().Run != swarmtest.Run {
			t.Fatalf("accepted bytes that do not decode to this run: %v", err)
		}
	})
}
