// Package bindings holds the go-ethereum abigen v2 bindings of the Ledger,
// Referee and SoftFloatHarness contracts, generated from the committed
// artifacts in ledger/contracts/artifacts by ledger/contracts/build.sh. Do not
// edit bindings.go; a test in ledger/contracts/bindgen proves it is current.
package bindings
