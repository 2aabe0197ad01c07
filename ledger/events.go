package ledger

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"

	"github.com/apiary-rl/apiary/ledger/bindings"
)

// Event types an indexer or a node subscribes to.
type (
	// RunCreated announces a run.
	RunCreated = bindings.LedgerRunCreated
	// Committed announces a peer's commitment.
	Committed = bindings.LedgerCommitted
	// RoundClosed announces a round's close and beacon.
	RoundClosed = bindings.LedgerRoundClosed
	// DisputeOpened announces a dispute.
	DisputeOpened = bindings.LedgerDisputeOpened
	// RevealRequested announces a forced reveal.
	RevealRequested = bindings.LedgerRevealRequested
	// Slashed announces a slash.
	Slashed = bindings.LedgerSlashed
	// Joined announces a peer's run stake.
	Joined = bindings.LedgerJoined
	// BeaconFixed announces a round's beacon (verifier assignment follows).
	BeaconFixed = bindings.LedgerBeaconFixed
	// ContributionAttested announces an assigned verifier's attestation.
	ContributionAttested = bindings.LedgerContributionAttested
	// ModelVoted announces a stake-weighted vote on a round's model root.
	ModelVoted = bindings.LedgerModelVoted
	// ModelAgreed announces the stake majority's model root of a round.
	ModelAgreed = bindings.LedgerModelAgreed
	// StepPosted announces the step root a disputed solver posted (emitted
	// by the Ledger's address: the Disputes module runs by delegatecall).
	StepPosted = bindings.LedgerStepPosted
)

// watch subscribes to one event kind from the latest block on (or from
// start, if not nil), delivering decoded events to sink. Needs a backend
// with log subscriptions (the simulated backend, or a WebSocket endpoint).
func watch[T bind.ContractEvent](ctx context.Context, c *Client, unpack func(*types.Log) (*T, error), sink chan<- *T, start *uint64, topics ...[]any) (event.Subscription, error) {
	sub, err := bind.WatchEvents(c.lc, &bind.WatchOpts{Context: ctx, Start: start}, unpack, sink, topics...)
	if err != nil {
		return nil, fmt.Errorf("ledger: subscribe: %w", err)
	}
	return sub, nil
}

// WatchRunCreated delivers every new run.
func (c *Client) WatchRunCreated(ctx context.Context, sink chan<- *RunCreated) (event.Subscription, error) {
	return watch(ctx, c, c.ledger.UnpackRunCreatedEvent, sink, nil)
}

// WatchCommitted delivers the commitments to a run.
func (c *Client) WatchCommitted(ctx context.Context, run RunID, sink chan<- *Committed) (event.Subscription, error) {
	return watch(ctx, c, c.ledger.UnpackCommittedEvent, sink, nil, []any{run})
}

// WatchRoundClosed delivers the round closes of a run.
func (c *Client) WatchRoundClosed(ctx context.Context, run RunID, sink chan<- *RoundClosed) (event.Subscription, error) {
	return watch(ctx, c, c.ledger.UnpackRoundClosedEvent, sink, nil, []any{run})
}

// WatchDisputeOpened delivers the disputes opened in a run.
func (c *Client) WatchDisputeOpened(ctx context.Context, run RunID, sink chan<- *DisputeOpened) (event.Subscription, error) {
	return watch(ctx, c, c.ledger.UnpackDisputeOpenedEvent, sink, nil, nil, []any{run})
}

// WatchRevealRequested delivers every forced reveal request (a solver
// filters for its own disputes).
func (c *Client) WatchRevealRequested(ctx context.Context, sink chan<- *RevealRequested) (event.Subscription, error) {
	return watch(ctx, c, c.ledger.UnpackRevealRequestedEvent, sink, nil)
}

// WatchDisputeResolved delivers every dispute resolution.
func (c *Client) WatchDisputeResolved(ctx context.Context, sink chan<- *DisputeResolved) (event.Subscription, error) {
	return watch(ctx, c, c.ledger.UnpackDisputeResolvedEvent, sink, nil)
}

// WatchSlashed delivers every slash.
func (c *Client) WatchSlashed(ctx context.Context, sink chan<- *Slashed) (event.Subscription, error) {
	return watch(ctx, c, c.ledger.UnpackSlashedEvent, sink, nil)
}

// WatchBeaconFixed delivers the beacons of a run's rounds.
func (c *Client) WatchBeaconFixed(ctx context.Context, run RunID, sink chan<- *BeaconFixed) (event.Subscription, error) {
	return watch(ctx, c, c.ledger.UnpackBeaconFixedEvent, sink, nil, []any{run})
}

// WatchContributionAttested delivers the attestations of a run's contributions.
func (c *Client) WatchContributionAttested(ctx context.Context, run RunID, sink chan<- *ContributionAttested) (event.Subscription, error) {
	return watch(ctx, c, c.ledger.UnpackContributionAttestedEvent, sink, nil, []any{run})
}

// WatchModelAgreed delivers the agreed model roots of a run's rounds.
func (c *Client) WatchModelAgreed(ctx context.Context, run RunID, sink chan<- *ModelAgreed) (event.Subscription, error) {
	return watch(ctx, c, c.ledger.UnpackModelAgreedEvent, sink, nil, []any{run})
}

// WatchStepPosted delivers every posted step root (a challenger filters for
// its own disputes).
func (c *Client) WatchStepPosted(ctx context.Context, sink chan<- *StepPosted) (event.Subscription, error) {
	return watch(ctx, c, c.ledger.UnpackStepPostedEvent, sink, nil)
}
