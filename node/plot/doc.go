// Package plot renders small line charts as self-contained SVG: the reward
// and accuracy curves of a training run, the figures of a testnet report.
// It has no dependencies and its output is deterministic for given data.
package plot
