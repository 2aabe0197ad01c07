// Package workload is the fixed reference computation that proves the RepOps
// promise: one training step of a tiny transformer-shaped graph (forward,
// backward, Adam update) followed by a sampling step, all from fixed seeds.
// Its output digest and its trace root are golden values in testdata; CI
// checks them under every GOMAXPROCS, GOAMD64 level and GOARCH it can run.
package workload
