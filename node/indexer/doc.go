// Package indexer builds a run's leaderboard from the Ledger's chain events:
// per address its contributions, rewards earned and claimed, stake slashed,
// disputes won and lost, and its rank; per round the commits, the beacon,
// the final set's size and payouts and the agreed model root; every dispute.
//
// The indexer only reads events (ledger.Client.FilterLogs); it sends
// nothing. It is fed by Sync, which the node calls whenever it likes (on a
// new block or round; Follow does it at each wake): each call reads the
// blocks after the cursor up to the chain head and applies their events in
// log order. The cursor and every aggregate are one State, which the node
// stores and hands back to New to resume without rereading history.
//
// It assumes the chain does not reorganise (the embedded dev chain, the
// simulated backend, anvil): an event once applied is never taken back. On
// a chain with reorgs the node should sync only to a head that is final
// (see docs/API.md).
package indexer
