// Package anvil starts Foundry's anvil, an Ethereum node independent of
// go-ethereum, on loopback for tests: the ledger's end-to-end tests run
// against it to show that the contracts and the client work on any EVM
// node, not only on go-ethereum's. The binary comes from the pinned npm
// package @foundry-rs/anvil in ledger/contracts (installed by `make deps`).
package anvil
