package ledgerchain_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/simchain"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
)

// newSimWorld is a world on go-ethereum's simulated backend: accounts funded accounts, a
// block sealed after every transaction.
func newSimWorld(t *testing.T, accounts, joined, verifiers int) *world {
	t.Helper()
	ctx := context.Background()
	ch := check(simchain.New(simchain.WithAccounts(accounts)))(t)
	t.Cleanup(func() { ch.Close() })
	// The simulated backend seals one block at a time: a keeper's transaction and the test's
	// own sealing must not overlap.
	var mu sync.Mutex
	commit := func() {
		mu.Lock()
		defer mu.Unlock()
		ch.Commit()
	}
	jump := func(d time.Duration) error {
		mu.Lock()
		defer mu.Unlock()
		return ch.AdvanceTime(d)
	}
	addrs := check(ledger.Deploy(ctx, ch.Client, ch.Keys[0], testParams(), commit))(t)
	var clients []*ledger.Client
	for _, k := range ch.Keys {
		clients = append(clients, check(ledger.New(ctx, ch.Client, addrs, k, ledger.WithAfterSend(commit),
			ledger.WithLogger(testLogger(t))))(t))
	}
	seal := func() error { commit(); return nil }
	return newWorld(t, clients, joined, verifiers, seal, jump)
}

// TestConformanceSimulated runs the swarm.Chain conformance suite against the adapter on the
// simulated backend, with a keeper closing rounds as chain time passes.
func TestConformanceSimulated(t *testing.T) {
	swarmtest.RunChainConformance(t, func(t *testing.T, peers, verifiers int) *swarmtest.ChainUnderTest {
		return newSimWorld(t, peers+2, peers, verifiers).chainUnderTest(peers)
	})
}
