package node

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"
)

const denyPeerA = "16Uiu2HAmNxauEDaZ75Pr3mj9K5UjeH5EyytyKkB3ehWBt4GybmwH"

func TestParseDenyList(t *testing.T) {
	ids, err := ParseDenyList([]byte("# a partition\n\n  " + denyPeerA + "  \n# end\n"))
	if err != nil || len(ids) != 1 || ids[0].String() != denyPeerA {
		t.Fatalf("ParseDenyList = %v, %v; want [%s]", ids, err, denyPeerA)
	}
	if ids, err := ParseDenyList(nil); err != nil || len(ids) != 0 {
		t.Fatalf("empty list: %v, %v", ids, err)
	}
	_, err = ParseDenyList([]byte(denyPeerA + "\nnot-a-peer\n"))
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Fatalf("a bad line: %v, want an error naming line 2", err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "deny")
	if err := os.WriteFile(path, []byte(denyPeerA+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if ids, err := ReadDenyFile(path); err != nil || len(ids) != 1 {
		t.Fatalf("ReadDenyFile = %v, %v", ids, err)
	}
	if _, err := ReadDenyFile(filepath.Join(dir, "missing")); err == nil {
		t.Fatal("a missing file was read")
	}
	big := make([]byte, maxDenyFile+1)
	if err := os.WriteFile(path, big, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadDenyFile(path); err == nil || !strings.Contains(err.Error(), "at most") {
		t.Fatalf("an oversized file: %v", err)
	}
}

// FuzzParseDenyList: any input parses or fails cleanly, and every ID it returns is one that
// round-trips through its string form.
func FuzzParseDenyList(f *testing.F) {
	f.Add([]byte(denyPeerA + "\n"))
	f.Add([]byte("# c\n\n"))
	f.Add([]byte("x\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		ids, err := ParseDenyList(b)
		if err != nil {
			return
		}
		for _, id := range ids {
			back, err := peer.Decode(id.String())
			if err != nil || back != id {
				t.Fatalf("%q does not round-trip: %v", id, err)
			}
		}
	})
}
