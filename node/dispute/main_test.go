package dispute_test

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain checks that no goroutine of ours outlives the tests. go-ethereum
// keeps a few of its own after a chain is closed: the process-wide
// transaction sender cache, leveldb's pool drainer, and a head filter's
// or log filter's unsubscribe that waits on the closed chain's event loop.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m,
		goleak.IgnoreTopFunction("github.com/ethereum/go-ethereum/core.(*txSenderCacher).cache"),
		goleak.IgnoreTopFunction("github.com/syndtr/goleveldb/leveldb.(*DB).mpoolDrain"),
		goleak.IgnoreAnyFunction("github.com/ethereum/go-ethereum/eth/filters.(*FilterAPI).NewHeads.func1"),
		goleak.IgnoreAnyFunction("github.com/ethereum/go-ethereum/eth/filters.(*FilterAPI).Logs.func1"))
}
