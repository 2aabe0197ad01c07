package dispute

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/referee"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/verify"
	"github.com/apiary-rl/apiary/verify/payload"
)

// RewardCase is a contribution whose batch holds a group the chain convicts
// (compute.Run.RewardFinding: a wrong claimed reward, problem index or shape),
// with what a wrong-reward dispute needs.
type RewardCase struct {
	Run        ledger.RunID
	Round      uint64
	Solver     common.Address
	Commitment ledger.Commitment // the solver's, as on chain
	Compute    *compute.Run      // the run's config and ID
	Payloads   [][]byte          // the batch, in batch order
	GroupRoots []verify.Hash     // the manifest's group roots, in batch order
	Step       int               // the group to dispute
}

// ChallengeReward disputes step cs.Step of cs's contribution with a
// wrong-reward proof (ledger.Client.ConvictReward: the run's config and the
// step's payload, proven in the committed batch root). It needs no trace and
// no posted step: it opens the dispute and proves at once. It returns
// ErrNoDivergence if the chain would acquit the group (nothing is sent), and
// an error if the payloads and group roots are not the committed batch.
func (ch *Challenger) ChallengeReward(ctx context.Context, cs *RewardCase) (*Outcome, error) {
	start := time.Now()
	if cs == nil || cs.Compute == nil || len(cs.Payloads) != int(cs.Commitment.Nsteps) ||
		len(cs.GroupRoots) != len(cs.Payloads) || cs.Step < 0 || cs.Step >= len(cs.Payloads) {
		return nil, errors.New("dispute: incomplete reward case")
	}
	why := cs.Compute.RewardFinding(cs.Round, cs.Payloads[cs.Step])
	if why == "" {
		return nil, ErrNoDivergence
	}
	leaves := make([]verify.Hash, len(cs.Payloads))
	for k, b := range cs.Payloads {
		leaves[k] = verify.ManifestLeaf(payload.Root(b), cs.GroupRoots[k])
	}
	if verify.BatchRoot(leaves) != cs.Commitment.BatchRoot {
		return nil, fmt.Errorf("%w: the batch given is not the committed one", ErrBadAnswer)
	}
	at, err := verify.ProveManifest(leaves, cs.Step)
	if err != nil {
		return nil, fmt.Errorf("dispute: prove manifest leaf %d: %w", cs.Step, err)
	}
	config, err := cs.Compute.Cfg.Encode()
	if err != nil {
		return nil, err
	}
	defer ch.act.start()()
	x := &challenge{Challenger: ch, cs: &Case{Run: cs.Run, Round: cs.Round, Solver: cs.Solver, Commitment: cs.Commitment}}
	run, err := ch.c.Run(ctx, cs.Run)
	if err != nil {
		return nil, fmt.Errorf("dispute: read run: %w", err)
	}
	x.bond = run.Cfg.DisputeBond
	if x.from, _, err = now(ctx, ch.c); err != nil {
		return nil, err
	}
	id, err := x.open(ctx, uint32(cs.Step))
	if err != nil {
		return nil, err
	}
	ch.s.log.Info("dispute: wrong reward", "id", id, "solver", cs.Solver, "round", cs.Round, "step", cs.Step, "why", why)
	out := &Outcome{Dispute: id, Disputes: []uint64{id}, Step: uint32(cs.Step), Record: -1, Slot: -1, Element: -1, Class: "reward"}
	res, err := ch.c.ConvictReward(ctx, id, ledger.RewardClaim{Config: config, Payload: cs.Payloads[cs.Step],
		GroupRoot: cs.GroupRoots[cs.Step], ManifestAt: referee.Inclusion(at)})
	if err != nil {
		// Refused (another dispute convicted first, or the proof does not fit): end it as
		// soon as it can end, so that the round can become final.
		ch.s.log.Warn("dispute: wrong-reward proof refused; ending the dispute at its deadline", "id", id, "err", err)
		s, serr := x.settle(ctx, id)
		if serr != nil {
			return nil, errors.Join(err, serr)
		}
		s.Class, s.Disputes = "reward", []uint64{id}
		return x.finish(ctx, s, start, err)
	}
	out.Verdict, out.Slashed, out.Reward = ledger.Outcome(res.Outcome), res.Slashed, res.WhistleblowerReward
	return x.finish(ctx, out, start, nil)
}
