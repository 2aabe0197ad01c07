// Package testnet runs a local swarm on one machine: the embedded dev chain
// (node/devnet, in the process that calls Up), N node keys funded at genesis,
// a run created with every node's bootstrap address, and N real `swarm join`
// processes on 127.0.0.1, each with its own data directory, log file and API
// address. It streams one line per round, injects faults (kill -9 and restart
// on a schedule) and writes a report directory: report.json, SVG plots and
// report.html. A manifest file (testnet.json) in the testnet directory names
// every process, so that Status and Down work from another process.
//
// Adversaries (issue 12's list) are parsed and validated here and played by
// the nodes given them (`swarm join --adversary NAME`, built by
// testnet/adversary); the report says what became of their cheats.
// docs/TESTNET.md describes the whole.
package testnet
