package wire

import (
	"fmt"

	"github.com/apiary-rl/apiary/swarm"
)

// The schema rules of each kind. A message that breaks one is invalid wherever it came from,
// so the gossip validator rejects it and penalizes the sender.

func (m *Rollout) check() error {
	if len(m.Payload) == 0 || len(m.Payload) > MaxPayload {
		return fmt.Errorf("%w: rollout payload of %d bytes, want 1..%d", ErrSchema, len(m.Payload), MaxPayload)
	}
	if swarm.RootOf(m.Payload) != m.PayloadRoot {
		return fmt.Errorf("%w: rollout payload root %s, content hashes to %s",
			ErrCommitment, m.PayloadRoot.Short(), swarm.RootOf(m.Payload).Short())
	}
	return nil
}

func (m *Critique) check() error {
	if m.Target.IsZero() {
		return fmt.Errorf("%w: critique without target", ErrSchema)
	}
	if m.Verdict > VerdictWrongSample {
		return fmt.Errorf("%w: critique verdict %d, want 0..%d", ErrSchema, m.Verdict, VerdictWrongSample)
	}
	return nil
}

func (m *Update) check() error {
	for _, r := range []swarm.Root{m.UpdateRoot, m.UpdateBlob, m.TraceRoot, m.Base, m.BatchRoot, m.Manifest} {
		if r.IsZero() {
			return fmt.Errorf("%w: update with a zero root", ErrSchema)
		}
	}
	if m.Size == 0 || m.Size > MaxUpdateBlob {
		return fmt.Errorf("%w: update size %d, want 1..%d", ErrSchema, m.Size, MaxUpdateBlob)
	}
	return nil
}

func (m *Notice) check() error {
	if m.Model.IsZero() || m.Blob.IsZero() {
		return fmt.Errorf("%w: notice with a zero root", ErrSchema)
	}
	if m.Size == 0 || m.Size > MaxModelBlob {
		return fmt.Errorf("%w: notice model size %d, want 1..%d", ErrSchema, m.Size, uint64(MaxModelBlob))
	}
	return nil
}
