package runs

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/apiary-rl/apiary/ledger"
)

// Connect dials the manifest's JSON-RPC endpoint, checks that it serves the
// manifest's chain, and returns a Ledger client acting as key's account
// (history from the manifest's deploy block, the endpoint named in errors).
// Close the client's backend with the returned function.
func Connect(ctx context.Context, m *ledger.Manifest, key *ecdsa.PrivateKey, log *slog.Logger) (*ledger.Client, func(), error) {
	ec, err := ethclient.DialContext(ctx, m.RPCURL)
	if err != nil {
		return nil, nil, fmt.Errorf("dial %s: %w", m.RPCURL, err)
	}
	id, err := ec.ChainID(ctx)
	if err != nil {
		ec.Close()
		return nil, nil, fmt.Errorf("cannot reach the chain at %s: %w; is the node running? check rpc_url in the manifest or --rpc-url", m.RPCURL, err)
	}
	if id.Uint64() != m.ChainID || !id.IsUint64() {
		ec.Close()
		return nil, nil, fmt.Errorf("%w: %s serves chain %s, the manifest says %d; point --rpc-url at a node of that chain",
			ErrWrongChain, m.RPCURL, id, m.ChainID)
	}
	opts := []ledger.Option{ledger.WithDeployBlock(m.DeployBlock), ledger.WithEndpoint(m.RPCURL)}
	if log != nil {
		opts = append(opts, ledger.WithLogger(log))
	}
	c, err := ledger.New(ctx, ec, m.Contracts, key, opts...)
	if err != nil {
		ec.Close()
		return nil, nil, err
	}
	return c, ec.Close, nil
}
