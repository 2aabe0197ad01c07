package verify

import (
	"errors"
	"testing"
)

func TestOutputsRootAndProofs(t *testing.T) {
	srcs := []OutputSource{{Record: 7, Slot: 0}, {Record: 0x01020304, Slot: 2}}
	b := EncodeOutputSources(srcs)
	want := []byte{0, 0, 0, 7, 0, 1, 2, 3, 4, 2}
	if string(b) != string(want) {
		t.Fatalf("encoding %x, want %x", b, want)
	}
	if OutputsRoot(srcs) != Keccak256(append([]byte{0x1B}, want...)) {
		t.Fatal("outputs root is not H(0x1B || sources)")
	}
	if OutputsRoot(srcs) == OutputsRoot(srcs[:1]) {
		t.Fatal("outputs root ignores a source")
	}
	leaves := []Hash{{1}, {2}, {3}}
	for i := range leaves {
		p, err := ProveSkeleton(leaves, i)
		if err != nil {
			t.Fatal(err)
		}
		if err := VerifySkeleton(SkeletonRoot(leaves), leaves[i], p); err != nil {
			t.Fatalf("skeleton leaf %d: %v", i, err)
		}
		if err := VerifyManifest(BatchRoot(leaves), leaves[i], p); err != nil {
			t.Fatalf("manifest leaf %d: %v", i, err)
		}
		if err := VerifySkeleton(BatchRoot(leaves), leaves[i], p); !errors.Is(err, ErrRootMismatch) {
			t.Fatalf("a batch root passed as a skeleton root: %v", err)
		}
	}
}
