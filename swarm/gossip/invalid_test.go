package gossip_test

import (
	"context"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// TestInvalidMessagesRejectedAndPenalized connects one adversary per kind of invalid message
// to a live 8-host swarm. Each adversary first proves it can reach the swarm (its valid
// message is delivered everywhere, unless it is unregistered), then sends its invalid
// message. No honest host may deliver the invalid message, and the victim's score of the
// adversary must drop below zero.
func TestInvalidMessagesRejectedAndPenalized(t *testing.T) {
	const n = 8
	clock := testClock(t)
	chain := clock.chain()
	ns := newNodes(t, n, 3, chain, clock)

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	subs := make([]chan wantDelivery, n)
	stop := startCollectors(t, ctx, ns, subs)
	defer stop()
	waitTopicPeers(t, ns)

	oversized := make([]byte, wire.MaxRolloutSize+1024)
	cases := []struct {
		name       string
		register   bool
		kind       wire.Kind
		data       func() []byte
		forge      bool
		wantReason string
	}{
		{"bad signature", true, wire.KindRollout, func() []byte { return enc(t, rollout(testRound, 9, []byte("forged"))) }, true, ""},
		{"oversized", true, wire.KindRollout, func() []byte { return oversized }, false, "size"},
		{"wrong round", true, wire.KindRollout, func() []byte { return enc(t, rollout(testRound+3, 9, []byte("future"))) }, false, "round-future"},
		{"unregistered sender", false, wire.KindRollout, func() []byte { return enc(t, rollout(testRound, 9, []byte("stranger"))) }, false, "unregistered"},
		{"bad schema", true, wire.KindCritique, func() []byte { return []byte{0xa1, 0x00, 0x01} }, false, "schema"},
		{"wrong commitment", true, wire.KindRollout, func() []byte {
			m := rollout(testRound, 9, []byte("payload"))
			m.PayloadRoot = swarm.Root{0xee}
			return encUnchecked(t, m)
		}, false, "commitment"},
		{"unknown verdict", true, wire.KindCritique, func() []byte {
			return encUnchecked(t, &wire.Critique{V: wire.Version, Run: swarmtest.Run, Round: testRound,
				Target: swarm.Root{1}, Verdict: wire.VerdictWrongSample + 1})
		}, false, "schema"},
	}
	for ci, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			victim := ns[ci%n]
			id := swarmtest.NewIdentity(t)
			if c.register {
				chain.Register(id.Address)
			}
			adv := newRawPeer(t, id, victim.h)
			adv.waitKnown(victim)

			if c.wantReason != "" {
				// The validator's verdict, computed directly, names the rule.
				v, _ := victim.g.Validate(ctx, c.kind, adv.h.ID(), c.data(), time.Now())
				if v.Reason != c.wantReason {
					t.Fatalf("validator reason %q, want %q", v.Reason, c.wantReason)
				}
			}
			before, _ := victim.g.Score(adv.h.ID())
			if c.register {
				// A valid message first: it must reach everyone, and earns the adversary a
				// non-negative score to fall from.
				good := rollout(testRound, 100+uint32(ci), []byte("honest "+c.name))
				adv.publish(wire.KindRollout, enc(t, good), false)
				for i := range subs {
					waitDelivery(t, ctx, subs[i], adv.id.Address.Hex(), good.Group, i)
				}
				before, _ = victim.g.Score(adv.h.ID())
			}
			if before < 0 {
				t.Fatalf("score before the invalid message is %v, want >= 0", before)
			}
			adv.publish(c.kind, c.data(), c.forge)
			for {
				s, ok := victim.g.Score(adv.h.ID())
				if ok && s < before && s < 0 {
					t.Logf("score of adversary at victim: %.2f -> %.2f", before, s)
					break
				}
				if ctx.Err() != nil {
					t.Fatalf("score never dropped: before %v, now %v", before, s)
				}
				time.Sleep(20 * time.Millisecond)
			}
			// Nothing from the adversary may have been delivered besides its valid message.
			for i := range subs {
				drainCheck(t, subs[i], adv.id.Address.Hex(), i)
			}
		})
	}
}
