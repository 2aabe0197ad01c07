package node

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain checks that a node stopped by Close (or by a failed Start) leaves no goroutine of
// its own behind. Ignored are process-wide goroutines of libraries that outlive any one
// component by design: go-ethereum's transaction sender cache and leveldb's pool drainer
// (the dev chain's geth), and libp2p's logger writer and OpenCensus worker (started once
// per process by their packages' init).
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m,
		goleak.IgnoreTopFunction("github.com/ethereum/go-ethereum/core.(*txSenderCacher).cache"),
		goleak.IgnoreTopFunction("github.com/syndtr/goleveldb/leveldb.(*DB).mpoolDrain"),
		goleak.IgnoreAnyFunction("github.com/ipfs/go-log/v2/writer.(*MirrorWriter).logRoutine"),
		goleak.IgnoreAnyFunction("go.opencensus.io/stats/view.(*worker).start"))
}
