// Package anviltest lets tests outside ledger/ (node/'s chain adapter) run against Foundry's
// anvil, an Ethereum node that is not go-ethereum, through the same helper ledger's own tests
// use (ledger/internal/anvil).
package anviltest

import (
	"testing"

	"github.com/apiary-rl/apiary/ledger/internal/anvil"
)

// Node is a running anvil process (see ledger/internal/anvil).
type Node = anvil.Node

// Start starts anvil for the test and stops it at its end; without the binary the test is
// skipped, or fails where CI=true (anvil.Start).
func Start(t testing.TB) *Node { return anvil.Start(t) }
