package compute

import (
	"fmt"

	"github.com/apiary-rl/apiary/verify"
	"github.com/apiary-rl/apiary/verify/payload"
)

// CheckBatch checks the order of a contribution's batch (docs/PROTOCOL.md §3.5): author's
// own L groups of round in group order (group k at position k), then at most E groups of
// other authors of the same round, no payload twice. A verifier refuses any other batch:
// otherwise a peer could commit a batch of others' groups only and front-run their authors
// (the first committer of a batch root wins, §3.8). It does not judge the groups' content
// (Critique does); an error wraps ErrBatchOrder or, for a payload that does not decode,
// ErrBadPayload.
func (r *Run) CheckBatch(round uint64, author [20]byte, payloads [][]byte) error {
	l, e := r.Cfg.L, r.Cfg.E
	if len(payloads) < l || len(payloads) > l+e {
		return fmt.Errorf("%w: %d groups, want the author's %d and at most %d external", ErrBatchOrder, len(payloads), l, e)
	}
	seen := make(map[verify.Hash]bool, len(payloads))
	for k, b := range payloads {
		p, err := payload.Decode(b)
		if err != nil {
			return fmt.Errorf("batch group %d: %w", k, err)
		}
		if p.Round != round {
			return fmt.Errorf("%w: group %d is of round %d, the batch of round %d", ErrBatchOrder, k, p.Round, round)
		}
		own := p.Author == author
		switch {
		case k < l && (!own || p.Group != uint32(k)):
			return fmt.Errorf("%w: position %d holds group %d of %x, want the committer's own group %d", ErrBatchOrder, k, p.Group, p.Author, k)
		case k >= l && own:
			return fmt.Errorf("%w: position %d holds the committer's own group %d after its first %d", ErrBatchOrder, k, p.Group, l)
		}
		root := payload.Root(b)
		if seen[root] {
			return fmt.Errorf("%w: group %d repeats payload %x", ErrBatchOrder, k, root[:4])
		}
		seen[root] = true
	}
	return nil
}
