package round_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// fakeCompute stands in for training with hashes: every output is a hash of exactly the
// inputs the real computation depends on, so results are deterministic, differ where the
// real ones would (payloads per peer, updates per batch and model), and Verify and Critique
// catch a wrong update or a wrong sample the way re-execution would.
//
// A payload is author (20 bytes) || round (8) || group (4) || 64 bytes derived from the
// model root and those three. A model blob's model root is H("model" || blob), distinct
// from its transport root H(blob).
type fakeCompute struct {
	self   common.Address
	groups int
	// local is how many own groups start a batch (the engine's SAPO L); Verify requires them.
	local int
	// frontRun makes Contribute train on the batch with its own groups moved to the end.
	frontRun bool
	// corrupt makes the payload of this group index wrong (a lying sampler); -1 for none.
	corrupt int
	// wrongUpdate makes the committed update blob not the batch's (a cheat re-execution
	// finds: round.ErrMismatch).
	wrongUpdate bool
	// ownOnly lists rounds whose contribution is computed on the batch's first `local`
	// groups only, as if prepared before a restart, when no external rollout had arrived.
	ownOnly map[uint64]bool
	// failAggregates makes the first calls of Aggregate fail (a node that could not compute
	// θ_{r+1}, so does not vote it).
	failAggregates int

	mu      sync.Mutex
	batches map[uint64][]swarm.Root // round → payload roots of the node's batch
	updates map[swarm.Root]bool     // transport roots of the update blobs it produced
}

func newFakeCompute(self common.Address, groups int) *fakeCompute {
	return &fakeCompute{self: self, groups: groups, local: groups, corrupt: -1, batches: map[uint64][]swarm.Root{},
		updates: map[swarm.Root]bool{}}
}

func expand(seed []byte, n int) []byte {
	out := make([]byte, 0, n+32)
	for i := uint32(0); len(out) < n; i++ {
		out = append(out, ethcrypto.Keccak256(seed, binary.BigEndian.AppendUint32(nil, i))...)
	}
	return out[:n]
}

func (f *fakeCompute) ModelRoot(model []byte) (swarm.Root, error) {
	if len(model) == 0 {
		return swarm.Root{}, errors.New("empty model blob")
	}
	return swarm.Root(ethcrypto.Keccak256Hash([]byte("model"), model)), nil
}

// payload is what author must publish as group j of round r with θ of model root mr.
func payload(mr swarm.Root, author common.Address, r uint64, j uint32) []byte {
	h := append(author.Bytes(), binary.BigEndian.AppendUint64(nil, r)...)
	h = binary.BigEndian.AppendUint32(h, j)
	return append(h, expand(append(mr[:], h...), 64)...)
}

func (f *fakeCompute) Rollouts(_ context.Context, r uint64, model []byte) ([][]byte, error) {
	mr, err := f.ModelRoot(model)
	if err != nil {
		return nil, err
	}
	var out [][]byte
	for j := 0; j < f.groups; j++ {
		p := payload(mr, f.self, r, uint32(j))
		if j == f.corrupt {
			p[len(p)-1] ^= 1
		}
		out = append(out, p)
	}
	return out, nil
}

// Critique recomputes each rollout from its author, round and group.
func (f *fakeCompute) Critique(_ context.Context, r uint64, model []byte, rs []round.Rollout) ([]uint8, error) {
	mr, err := f.ModelRoot(model)
	if err != nil {
		return nil, err
	}
	out := make([]uint8, len(rs))
	for i, x := range rs {
		if !bytes.Equal(x.Msg.Payload, payload(mr, x.Author, r, x.Msg.Group)) {
			out[i] = wire.VerdictWrongSample
		}
	}
	return out, nil
}

// contribution is the fake's deterministic contribution of θ (root mr) on batch.
func contribution(mr swarm.Root, batch [][]byte) (round.Contribution, error) {
	seed := append([]byte("update"), mr[:]...)
	var entries []round.ManifestEntry
	for _, p := range batch {
		pr := swarm.RootOf(p)
		seed = append(seed, pr[:]...)
		entries = append(entries, round.ManifestEntry{PayloadRoot: pr, GroupRoot: swarm.Root(ethcrypto.Keccak256Hash([]byte("group"), p))})
	}
	man, err := round.EncodeManifest(entries)
	if err != nil {
		return round.Contribution{}, err
	}
	u := expand(seed, 512)
	return round.Contribution{Update: u, Manifest: man, Base: mr,
		BatchRoot:  swarm.Root(ethcrypto.Keccak256Hash([]byte("batch"), man)),
		TraceRoot:  swarm.Root(ethcrypto.Keccak256Hash([]byte("trace"), seed)),
		UpdateRoot: swarm.Root(ethcrypto.Keccak256Hash([]byte("uroot"), u)),
		NSteps:     uint32(len(batch))}, nil
}

func (f *fakeCompute) Contribute(_ context.Context, r uint64, model []byte, batch [][]byte) (round.Contribution, error) {
	mr, err := f.ModelRoot(model)
	if err != nil {
		return round.Contribution{}, err
	}
	if f.frontRun && len(batch) > f.local {
		batch = append(append([][]byte{}, batch[f.local:]...), batch[:f.local]...)
	}
	if f.ownOnly[r] && len(batch) > f.local {
		batch = batch[:f.local]
	}
	c, err := contribution(mr, batch)
	if err != nil {
		return c, err
	}
	if f.wrongUpdate {
		c.Update = append([]byte{}, c.Update...)
		c.Update[0] ^= 1
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, p := range batch {
		f.batches[r] = append(f.batches[r], swarm.RootOf(p))
	}
	f.updates[swarm.RootOf(c.Update)] = true
	return c, nil
}

func (f *fakeCompute) isUpdate(root swarm.Root) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.updates[root]
}

func (f *fakeCompute) batch(r uint64) []swarm.Root {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.batches[r]
}

// Verify checks the batch order (the author's first `local` groups, then others') and
// recomputes the contribution, comparing every committed root and the update.
func (f *fakeCompute) Verify(_ context.Context, r uint64, model []byte, c swarm.Committed, batch [][]byte, update []byte) error {
	mr, err := f.ModelRoot(model)
	if err != nil {
		return err
	}
	for k, p := range batch {
		if len(p) < 32 {
			return fmt.Errorf("%w: payload %d too short", round.ErrInvalid, k)
		}
		own := common.BytesToAddress(p[:20]) == c.Author
		if k < f.local && (!own || binary.BigEndian.Uint64(p[20:28]) != r || binary.BigEndian.Uint32(p[28:32]) != uint32(k)) ||
			k >= f.local && own {
			return fmt.Errorf("%w: group %d of the batch is out of order", round.ErrInvalid, k)
		}
	}
	want, err := contribution(mr, batch)
	if err != nil {
		return err
	}
	if c.Base != want.Base || c.BatchRoot != want.BatchRoot || c.TraceRoot != want.TraceRoot ||
		c.UpdateRoot != want.UpdateRoot || c.NSteps != want.NSteps || !bytes.Equal(update, want.Update) {
		return fmt.Errorf("%w: does not re-execute to its commitment", round.ErrMismatch)
	}
	return nil
}

// Aggregate is order-dependent on purpose: next[i] = 3·next[i] + (k+1)·u_k[i mod len u_k].
func (f *fakeCompute) Aggregate(_ context.Context, model []byte, updates [][]byte) ([]byte, swarm.Root, error) {
	if len(updates) == 0 {
		return nil, swarm.Root{}, fmt.Errorf("aggregate of no updates")
	}
	f.mu.Lock()
	fail := f.failAggregates > 0
	if fail {
		f.failAggregates--
	}
	f.mu.Unlock()
	if fail {
		return nil, swarm.Root{}, errors.New("aggregate failing on purpose")
	}
	next := append([]byte(nil), model...)
	for k, u := range updates {
		for i := range next {
			next[i] = 3*next[i] + byte(k+1)*u[i%len(u)]
		}
	}
	root, err := f.ModelRoot(next)
	return next, root, err
}

var _ round.Compute = (*fakeCompute)(nil)
