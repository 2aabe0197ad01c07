package compute

import (
	"fmt"
	"math"
	"slices"

	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/rl"
	"github.com/apiary-rl/apiary/training/tasks"
	"github.com/apiary-rl/apiary/verify"
	"github.com/apiary-rl/apiary/verify/payload"
)

// Run is the compute side of one run: its config, ID and engine.
type Run struct {
	Cfg    Config
	ID     verify.Hash
	Report Report // the step's coverage (Check)
	e      *repops.Engine
}

// NewRun checks the config (Check: every record of a step refereeable on
// chain) and returns the run. e computes every step; it must have no
// observer (recording is done by Replay).
func NewRun(c Config, id verify.Hash, e *repops.Engine) (*Run, error) {
	rep, err := Check(c)
	if err != nil {
		return nil, err
	}
	if e.Observer() != nil {
		e = e.WithObserver(nil)
	}
	return &Run{Cfg: c, ID: id, Report: rep, e: e}, nil
}

// Engine returns the RepOps engine the run computes on (no observer).
func (r *Run) Engine() *repops.Engine { return r.e }

// Keys are a peer's Philox keys in this run (docs/PROTOCOL.md §3.3).
func (r *Run) Keys(addr [20]byte) rl.Keys {
	rk, pk := verify.PhiloxKeys(r.ID, addr)
	return rl.Keys{Run: rk, Peer: pk}
}

// Rollout is one of a peer's groups: its payload bytes, decoded form and
// root, and the exact-match scores (for metrics).
type Rollout struct {
	Bytes   []byte
	Payload *payload.Payload
	Root    verify.Hash
	Exact   []float32
}

// Rollouts samples and scores a peer's L groups of a round with θ_r.
func (r *Run) Rollouts(s *State, round uint64, addr [20]byte) ([]Rollout, error) {
	out := make([]Rollout, r.Cfg.L)
	for j := range out {
		g, err := r.Cfg.sampler().Sample(r.e, s.Model(r.Cfg), r.Keys(addr), round, j)
		if err != nil {
			return nil, err
		}
		p := &payload.Payload{Version: payload.Version, Run: r.ID, Round: round, Author: addr, Group: uint32(j),
			Problem: g.Index, Completions: make([][]byte, len(g.Completions)), Rewards: make([]uint32, len(g.Rewards))}
		for i, c := range g.Completions {
			p.Completions[i] = tokenBytes(c)
			p.Rewards[i] = math.Float32bits(g.Rewards[i])
		}
		b, err := p.Encode()
		if err != nil {
			return nil, fmt.Errorf("compute: group %d: %w", j, err)
		}
		out[j] = Rollout{Bytes: b, Payload: p, Root: payload.Root(b), Exact: g.Exact}
	}
	return out, nil
}

func tokenBytes(ids []int) []byte {
	b := make([]byte, len(ids))
	for i, id := range ids {
		b[i] = byte(id) // ids < vocab ≤ 256 (Validate)
	}
	return b
}

// Verdict is a critique's judgement of a payload (the critique message's
// verdict field, docs/PROTOCOL.md §2.2).
type Verdict uint8

// Verdicts, with the critique message's codes (docs/PROTOCOL.md §2.2).
const (
	VerdictAgree       Verdict = 0 // recomputed exactly
	VerdictWrongReward Verdict = 1 // the completions are right, a claimed reward is not
	VerdictWrongSample Verdict = 2 // wrong problem, completions, group number or shape
)

// Critique recomputes a payload of round `round` from θ_r: the problem
// index from the author's prompt stream, the completions by sampling under
// the author's key, the rewards exactly (docs/PROTOCOL.md §3.4). A payload
// of another run or round, or one that does not decode, is an error, not a
// verdict.
func (r *Run) Critique(s *State, round uint64, b []byte) (Verdict, error) {
	p, err := payload.Decode(b)
	if err != nil {
		return 0, err
	}
	if p.Run != r.ID || p.Round != round {
		return 0, fmt.Errorf("%w: run %v round %d, want %v round %d", ErrBadPayload, p.Run, p.Round, r.ID, round)
	}
	if p.Group >= uint32(r.Cfg.L) || len(p.Completions) != r.Cfg.G {
		return VerdictWrongSample, nil
	}
	g, err := r.Cfg.sampler().Sample(r.e, s.Model(r.Cfg), r.Keys(p.Author), round, int(p.Group))
	if err != nil {
		return 0, err
	}
	if g.Index != p.Problem {
		return VerdictWrongSample, nil
	}
	for i, c := range g.Completions {
		if !slices.Equal(tokenBytes(c), p.Completions[i]) {
			return VerdictWrongSample, nil
		}
	}
	for i, rw := range g.Rewards {
		if math.Float32bits(rw) != p.Rewards[i] {
			return VerdictWrongReward, nil
		}
	}
	return VerdictAgree, nil
}

// Group lays out a payload as the batch tensors of a step (docs/PROTOCOL.md
// §3.5) and returns its group root. It checks the payload against the run's
// shapes (G completions of 1..MaxNew valid token ids), not its content.
func (r *Run) Group(p *payload.Payload) (*rl.Group, verify.Hash, error) {
	c := r.Cfg
	if p.Run != r.ID || len(p.Completions) != c.G || p.Problem >= tasks.MaxTrainIndex {
		return nil, verify.Hash{}, fmt.Errorf("%w: run %v, %d completions, problem %d", ErrBadPayload, p.Run, len(p.Completions), p.Problem)
	}
	prompt, err := tasks.EncodePrompt(c.sampler().Problem(p.Problem))
	if err != nil {
		return nil, verify.Hash{}, fmt.Errorf("%w: %w", ErrBadPayload, err)
	}
	comps := make([][]int, c.G)
	for i := range comps {
		if len(p.Completions[i]) > c.MaxNew {
			return nil, verify.Hash{}, fmt.Errorf("%w: completion %d has %d tokens, max_new is %d", ErrBadPayload, i, len(p.Completions[i]), c.MaxNew)
		}
		comps[i] = p.Tokens(i)
	}
	g, err := rl.NewGroup(prompt, comps, p.RewardValues(), c.Model.Context, c.Model.Vocab)
	if err != nil {
		return nil, verify.Hash{}, fmt.Errorf("%w: %w", ErrBadPayload, err)
	}
	root, err := verify.GroupRoot(g.Tokens, g.Mask, g.Rewards)
	if err != nil {
		return nil, verify.Hash{}, err
	}
	return g, root, nil
}

// Tampered returns a copy of r whose engine reports every op to o (which may change the
// op's outputs) before anything else sees it: the copy's Contribute and Replay are tampered
// alike. Only adversaries (tests, testnets) use it; NewRun drops an engine's observer.
func (r *Run) Tampered(o repops.Observer) *Run {
	c := *r
	c.e = r.e.WithObserver(o)
	return &c
}

// RewardFinding judges payload b of step `round` of a batch as the chain's
// RewardJudge does (ledger/contracts/src/RewardJudge.sol, run by
// Verdicts.convictReward): "" when the chain would acquit, else why it
// convicts: a payload that does not decode, one of another run or round, a
// group number, completion count or completion length outside the run's
// shape, a problem index that is not the author's draw (docs/PROTOCOL.md
// §3.3), or a claimed reward whose bits differ from the recomputed one. It
// samples nothing (a wrong completion is a critique's finding, not the
// chain's), so it is cheap enough for a solver to run on every external
// group it trains on.
func (r *Run) RewardFinding(round uint64, b []byte) string {
	p, err := payload.Decode(b)
	if err != nil {
		return "malformed payload"
	}
	if p.Run != r.ID || p.Round != round {
		return "payload of another run or round"
	}
	if p.Group >= uint32(r.Cfg.L) || len(p.Completions) != r.Cfg.G {
		return fmt.Sprintf("group %d of %d completions (L = %d, G = %d)", p.Group, len(p.Completions), r.Cfg.L, r.Cfg.G)
	}
	ids := make([][]int, len(p.Completions))
	for i, c := range p.Completions {
		if len(c) > r.Cfg.MaxNew {
			return fmt.Sprintf("completion %d has %d tokens, max_new is %d", i, len(c), r.Cfg.MaxNew)
		}
		ids[i] = p.Tokens(i)
	}
	if want := r.Keys(p.Author).ProblemIndex(round, int(p.Group)); p.Problem != want {
		return fmt.Sprintf("problem index %d, the author's draw is %d", p.Problem, want)
	}
	s := r.Cfg.sampler()
	rewards, _ := s.Score(s.Problem(p.Problem), ids)
	for i, rw := range rewards {
		if math.Float32bits(rw) != p.Rewards[i] {
			return fmt.Sprintf("reward %d claimed %#x, recomputed %#x", i, p.Rewards[i], math.Float32bits(rw))
		}
	}
	return ""
}
