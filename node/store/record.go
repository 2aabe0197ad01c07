package store

import (
	"fmt"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/verify/canon"
)

// recordVersion is the version field of every CBOR record the store writes.
const recordVersion = 1

// decoder reads every CBOR record back strictly: canonical bytes only, unknown or
// missing keys rejected, arrays bounded by the largest batch a manifest may hold.
var decoder = canon.MustDecoder(canon.Limits{MaxNested: 4, MaxArray: round.MaxManifestGroups, MaxMapPairs: 32})

// Contribution states.
const (
	statePrepared  = 1
	stateCommitted = 2
)

// contributionRecord is the canonical CBOR form of a Contribution (docs/NODE.md): all
// keys present, integer keys, fixed-size roots.
type contributionRecord struct {
	V          uint8        `cbor:"0,keyasint"`
	Run        [32]byte     `cbor:"1,keyasint"`
	Round      uint64       `cbor:"2,keyasint"`
	State      uint8        `cbor:"3,keyasint"`
	Base       [32]byte     `cbor:"4,keyasint"`
	BatchRoot  [32]byte     `cbor:"5,keyasint"`
	TraceRoot  [32]byte     `cbor:"6,keyasint"`
	UpdateRoot [32]byte     `cbor:"7,keyasint"`
	UpdateBlob [32]byte     `cbor:"8,keyasint"`
	UpdateSize uint64       `cbor:"9,keyasint"`
	NSteps     uint32       `cbor:"10,keyasint"`
	Manifest   [32]byte     `cbor:"11,keyasint"`
	Payloads   []swarm.Root `cbor:"12,keyasint"`
	Groups     []swarm.Root `cbor:"13,keyasint"`
	Steps      []swarm.Root `cbor:"14,keyasint"`
}

func encodeContribution(c *Contribution) ([]byte, error) {
	st := uint8(statePrepared)
	if c.Committed {
		st = stateCommitted
	}
	m := c.Commitment
	b, err := canon.Marshal(contributionRecord{V: recordVersion, Run: c.Run, Round: c.Round, State: st,
		Base: m.Base, BatchRoot: m.BatchRoot, TraceRoot: m.TraceRoot, UpdateRoot: m.UpdateRoot,
		UpdateBlob: m.UpdateBlob, UpdateSize: m.UpdateSize, NSteps: m.NSteps, Manifest: c.Manifest,
		Payloads: c.PayloadRoots, Groups: c.GroupRoots, Steps: c.StepRoots})
	if err != nil {
		return nil, fmt.Errorf("encode contribution: %w", err)
	}
	return b, nil
}

// DecodeContribution parses a stored contribution record strictly and checks that it
// is well formed (version, state, one payload, group and step root per step, no zero
// commitment root). It does not check the record against its blobs; Reload does.
func DecodeContribution(b []byte) (*Contribution, error) {
	var r contributionRecord
	if err := decoder.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("%w: contribution: %v", ErrCorrupt, err)
	}
	if r.V != recordVersion {
		return nil, fmt.Errorf("%w: contribution record version %d, want %d", ErrCorrupt, r.V, recordVersion)
	}
	if r.State != statePrepared && r.State != stateCommitted {
		return nil, fmt.Errorf("%w: contribution state %d", ErrCorrupt, r.State)
	}
	c := &Contribution{Run: r.Run, Round: r.Round, Committed: r.State == stateCommitted,
		Commitment: swarm.Commitment{Base: r.Base, BatchRoot: r.BatchRoot, TraceRoot: r.TraceRoot,
			UpdateRoot: r.UpdateRoot, UpdateBlob: r.UpdateBlob, UpdateSize: r.UpdateSize, NSteps: r.NSteps},
		Manifest: r.Manifest, PayloadRoots: r.Payloads, GroupRoots: r.Groups, StepRoots: r.Steps}
	if err := c.check(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	return c, nil
}

var rootNames = [...]string{"base", "batch", "trace", "update", "update blob", "manifest"}

// check is the record's own consistency, shared by writes (ErrInvalid) and reads
// (ErrCorrupt).
func (c *Contribution) check() error {
	m := c.Commitment
	n := int(m.NSteps)
	if n == 0 || n > round.MaxManifestGroups {
		return fmt.Errorf("contribution of %d steps, want 1..%d", n, round.MaxManifestGroups)
	}
	if len(c.PayloadRoots) != n || len(c.GroupRoots) != n || len(c.StepRoots) != n {
		return fmt.Errorf("contribution of %d steps with %d payload, %d group and %d step roots",
			n, len(c.PayloadRoots), len(c.GroupRoots), len(c.StepRoots))
	}
	for i, r := range []swarm.Root{m.Base, m.BatchRoot, m.TraceRoot, m.UpdateRoot, m.UpdateBlob, c.Manifest} {
		if r.IsZero() {
			return fmt.Errorf("contribution with a zero %s root", rootNames[i])
		}
	}
	if m.UpdateSize == 0 || m.UpdateSize > MaxBlobSize {
		return fmt.Errorf("contribution with an update of %d bytes, want 1..%d", m.UpdateSize, MaxBlobSize)
	}
	return nil
}
