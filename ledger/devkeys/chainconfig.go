package devkeys

import "github.com/ethereum/go-ethereum/params"

// ChainConfig returns go-ethereum's dev chain configuration limited to the
// forks live on Ethereum mainnet (through Osaka): the dev default also turns
// on forks still in development, whose state-growth gas repricing would make
// every measured gas figure unrepresentative. Its chain ID is 1337.
func ChainConfig() *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	c.BogotaTime = nil
	c.AmsterdamTime = nil
	return &c
}
