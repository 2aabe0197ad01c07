// Package simchain runs go-ethereum's simulated backend (ethclient/simulated)
// with a set of funded, deterministic test accounts. Unit tests of the ledger
// and of the packages above it use it as a real in-process EVM chain; it is
// never used to run a network (see package devchain for that).
package simchain
