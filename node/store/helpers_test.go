package store

import (
	"crypto/rand"
	"encoding/binary"
	"testing"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/verify"
)

var testRun = swarm.RunID{1, 2, 3}

// Every blob store the round engine uses must be one this package can be.
var _ round.BlobStore = (*Store)(nil)

func openT(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatalf("open %s: %v", dir, err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// filler makes distinct bytes from a label: deterministic when fresh is false, random
// (as a recomputation by a nondeterministic machine would be) when fresh is true.
func filler(label string, n int, fresh bool) []byte {
	b := make([]byte, n)
	if fresh {
		if _, err := rand.Read(b); err != nil {
			panic(err)
		}
		return b
	}
	for i := 0; i < n; i += 32 {
		h := swarm.RootOf(binary.BigEndian.AppendUint64([]byte(label), uint64(i)))
		copy(b[i:], h[:])
	}
	return b
}

// testPrepared builds a consistent contribution of round r with nsteps steps.
func testPrepared(t testing.TB, r uint64, nsteps int, fresh bool) *Prepared {
	p := &Prepared{Contribution: Contribution{Run: testRun, Round: r}}
	entries := make([]round.ManifestEntry, nsteps)
	leaves := make([]verify.Hash, nsteps)
	for k := range nsteps {
		payload := filler("payload", 300+k, fresh)
		group := swarm.Root(filler("group", 32, fresh))
		p.Payloads = append(p.Payloads, payload)
		p.PayloadRoots = append(p.PayloadRoots, swarm.RootOf(payload))
		p.GroupRoots = append(p.GroupRoots, group)
		p.StepRoots = append(p.StepRoots, swarm.Root(filler("step", 32, fresh)))
		entries[k] = round.ManifestEntry{PayloadRoot: p.PayloadRoots[k], GroupRoot: group}
		leaves[k] = verify.ManifestLeaf(verify.Hash(entries[k].PayloadRoot), verify.Hash(group))
	}
	var err error
	if p.Manifest, err = round.EncodeManifest(entries); err != nil {
		t.Fatal(err)
	}
	p.Update = filler("update", 10_000, fresh)
	p.Contribution.Manifest = swarm.RootOf(p.Manifest)
	p.Commitment = swarm.Commitment{Base: swarm.Root(filler("base", 32, false)), BatchRoot: swarm.Root(verify.BatchRoot(leaves)),
		TraceRoot: swarm.Root(filler("trace", 32, fresh)), UpdateRoot: swarm.Root(filler("uroot", 32, fresh)),
		UpdateBlob: swarm.RootOf(p.Update), UpdateSize: uint64(len(p.Update)), NSteps: uint32(nsteps)}
	return p
}

// digest identifies a prepared contribution's exact bytes: its record (as prepared) and
// every blob.
func digest(t testing.TB, p *Prepared) swarm.Root {
	c := p.Contribution
	c.Committed = false
	rec, err := encodeContribution(&c)
	if err != nil {
		t.Fatal(err)
	}
	all := append(append(append([]byte{}, rec...), p.Update...), p.Manifest...)
	for _, b := range p.Payloads {
		all = binary.BigEndian.AppendUint32(all, uint32(len(b)))
		all = append(all, b...)
	}
	return swarm.RootOf(all)
}
