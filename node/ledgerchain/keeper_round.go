package ledgerchain

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/apiary-rl/apiary/ledger"
)

// round does what is due for round r at chain time now (at or after C_r). done: the round
// needs nothing more from this keeper; wait: a step needs the next block.
func (k *Keeper) round(ctx context.Context, r uint64, now time.Time) (done, wait bool, err error) {
	cl, run := k.c.client, k.c.run
	rd, err := cl.Round(ctx, run, r)
	if err != nil {
		return false, false, fmt.Errorf("read round %d: %w", r, err)
	}
	var errs []error
	closed, w, err := k.close(ctx, r, rd)
	wait = w
	errs = append(errs, err)
	finalized := rd.Finalized
	if !finalized && !now.Before(k.c.sched.F(r)) {
		finalized, err = k.finalize(ctx, r)
		errs = append(errs, err)
	}
	claimed := !k.claim
	if k.claim && finalized {
		claimed, err = k.claimReward(ctx, r)
		errs = append(errs, err)
	}
	return closed && finalized && claimed, wait, errors.Join(errs...)
}

// close closes round r, then stores its beacon (a block after the seed block), unless done.
func (k *Keeper) close(ctx context.Context, r uint64, rd ledger.Round) (closed, wait bool, err error) {
	if rd.Beacon != ([32]byte{}) {
		return true, false, nil
	}
	t := task{r, "close"}
	if !k.due(t) {
		return false, false, nil
	}
	kind := "close"
	if rd.SeedBlock != 0 {
		kind = "beacon"
	}
	rc, err := k.c.client.CloseRound(ctx, k.c.run, r)
	err = reason(ctx, k.c.client, ledgerABI.PackCloseRound(k.c.run, r), rc, err)
	switch revertName(err) {
	case "":
		if err != nil {
			return false, false, k.failed(t, err)
		}
		k.succeeded(t, Action{Round: r, Kind: kind})
		return kind == "beacon", kind == "close", nil
	case "RoundAlreadyClosed": // another account stored the beacon
		k.succeeded(t, Action{Round: r, Kind: "beacon", Raced: true})
		return true, false, nil
	case "BeaconPending": // the seed block is not sealed yet (maybe another account fixed it)
		if rd.SeedBlock == 0 {
			k.succeeded(t, Action{Round: r, Kind: "close", Raced: true})
		}
		return false, true, nil
	case "RoundStillOpen": // the state read lags the clock by a block
		return false, true, nil
	}
	return false, false, k.failed(t, err)
}

// finalize finalizes round r (after F_r); a dispute still open on it is no error.
func (k *Keeper) finalize(ctx context.Context, r uint64) (bool, error) {
	t := task{r, "finalize"}
	if !k.due(t) {
		return false, nil
	}
	rc, err := k.c.client.FinalizeRound(ctx, k.c.run, r)
	err = reason(ctx, k.c.client, ledgerABI.PackFinalizeRound(k.c.run, r), rc, err)
	switch revertName(err) {
	case "":
		if err != nil {
			return false, k.failed(t, err)
		}
		k.succeeded(t, Action{Round: r, Kind: "finalize"})
		return true, nil
	case "AlreadyFinalized":
		k.succeeded(t, Action{Round: r, Kind: "finalize", Raced: true})
		return true, nil
	case "RoundNotFinal": // a dispute on it is open: try again at a later head
		return false, nil
	}
	return false, k.failed(t, err)
}

// claimReward claims the account's reward and fees of finalized round r, if it has any.
func (k *Keeper) claimReward(ctx context.Context, r uint64) (bool, error) {
	self := k.c.client.Address()
	c, err := k.c.client.Contribution(ctx, k.c.run, r, self)
	if err != nil {
		return false, fmt.Errorf("read contribution to round %d: %w", r, err)
	}
	reward := ledger.ContributionStatus(c.Status) == ledger.StatusCommitted && c.Attestations > 0 && !c.Duplicate && !c.RewardClaimed
	fees := c.Verified > 0 && !c.FeeClaimed
	if !reward && !fees {
		return true, nil
	}
	t := task{r, "claim"}
	if !k.due(t) {
		return false, nil
	}
	rc, err := k.c.client.ClaimReward(ctx, k.c.run, r)
	err = reason(ctx, k.c.client, ledgerABI.PackClaimReward(k.c.run, r), rc, err)
	switch revertName(err) {
	case "":
		if err != nil {
			return false, k.failed(t, err)
		}
		k.succeeded(t, Action{Round: r, Kind: "claim"})
		return true, nil
	case "NoReward": // claimed by an earlier run of this node, or a zero share
		k.succeeded(t, Action{Round: r, Kind: "claim", Raced: true})
		return true, nil
	}
	return false, k.failed(t, err)
}
