package ledgerchain_test

import (
	"context"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/anviltest"
	"github.com/apiary-rl/apiary/ledger/devkeys"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
)

// newAnvilWorld is a world on an anvil node (skipped where anvil is not installed): a chain
// that is not go-ethereum, mining each transaction as it arrives, its heads polled over HTTP.
func newAnvilWorld(t *testing.T, accounts, joined, verifiers int) *world {
	t.Helper()
	ctx := context.Background()
	n := anviltest.Start(t)
	var keys []int
	for i := range accounts {
		keys = append(keys, i)
		if err := n.Fund(ctx, ledger.Ether(1_000_000), devkeys.Address(i)); err != nil {
			t.Fatal(err)
		}
	}
	addrs := check(ledger.Deploy(ctx, n.Client, devkeys.Key(0), testParams(), nil))(t)
	deployed := check(n.Client.BlockNumber(ctx))(t)
	var clients []*ledger.Client
	for _, i := range keys {
		clients = append(clients, check(ledger.New(ctx, n.Client, addrs, devkeys.Key(i), ledger.WithLogger(testLogger(t)),
			ledger.WithEndpoint(n.URL), ledger.WithDeployBlock(deployed)))(t))
	}
	seal := func() error { return n.IncreaseTime(ctx, 0) }
	jump := func(d time.Duration) error { return n.IncreaseTime(ctx, d) }
	return newWorld(t, clients, joined, verifiers, seal, jump)
}

// TestConformanceAnvil runs the swarm.Chain conformance suite against the adapter on anvil.
// Each transaction costs about a second there (receipts are polled once a second), so two
// vote cases the simulated backend covers are left out.
func TestConformanceAnvil(t *testing.T) {
	swarmtest.RunChainConformance(t, func(t *testing.T, peers, verifiers int) *swarmtest.ChainUnderTest {
		return newAnvilWorld(t, peers+2, peers, verifiers).chainUnderTest(peers)
	}, "ModelRoot/stake outweighs heads", "ModelRoot/no votes: previous root")
}
