package ledgerchain_test

import (
	"context"
	"testing"

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
	addrs := check(ledger.Deploy(ctx, ch.Client, ch.Keys[0], testParams(), ch.Commit))(t)
	var clients []*ledger.Client
	for _, k := range ch.Keys {
		clients = append(clients, check(ledger.New(ctx, ch.Client, addrs, k, ledger.WithAfterSend(ch.Commit),
			ledger.WithLogger(testLogger(t))))(t))
	}
	seal := func() error { ch.Commit(); return nil }
	return newWorld(t, clients, joined, verifiers, seal, ch.AdvanceTime)
}

// TestConformanceSimulated runs the swarm.Chain conformance suite against the adapter on the
// simulated backend, with a keeper closing rounds as chain time passes.
func TestConformanceSimulated(t *testing.T) {
	swarmtest.RunChainConformance(t, func(t *testing.T, peers, verifiers int) *swarmtest.ChainUnderTest {
		return newSimWorld(t, peers+2, peers, verifiers).chainUnderTest(peers)
	})
}
