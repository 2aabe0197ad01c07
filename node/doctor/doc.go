// Package doctor diagnoses why a node would not run: it checks, in order,
// the network manifest, the chain's JSON-RPC endpoint (its chain ID against
// the manifest's, the Ledger's code), the key, its funds, the run and its
// config blob, the key's stake in the run, the libp2p and API listen
// addresses, the bootstrap peers (a libp2p dial each, with a timeout) and
// the RepOps self-test, and reports each as ok, warn, fail or skip with a
// hint saying what to do. A check whose prerequisite failed is skipped. It
// reads the node's configuration and the chain; it sends no transaction and
// keeps nothing open when Run returns.
package doctor
