// Package devkeys holds what Apiary's dev and test chains share and no real
// network may use: well-known deterministic private keys (anyone can derive
// them, so never hold value with them) and the chain configuration of the
// dev chain (package devchain) and the simulated chain (package simchain).
package devkeys
