package ledgerchain_test

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain checks that no goroutine of ours outlives the tests. go-ethereum keeps a few of its
// own after a chain is closed: the process-wide transaction sender cache, leveldb's pool
// drainer, a head filter's unsubscribe that waits on the closed chain's event loop, and the
// chain's RPC server still handling a subscription call that arrived as the chain closed (a
// server goroutine of the in-process chain, not a client's; seen once in a full run).
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m,
		goleak.IgnoreTopFunction("github.com/ethereum/go-ethereum/core.(*txSenderCacher).cache"),
		goleak.IgnoreTopFunction("github.com/syndtr/goleveldb/leveldb.(*DB).mpoolDrain"),
		goleak.IgnoreAnyFunction("github.com/ethereum/go-ethereum/eth/filters.(*FilterAPI).NewHeads.func1"),
		goleak.IgnoreAnyFunction("github.com/ethereum/go-ethereum/rpc.(*handler).handleSubscribe"))
}
