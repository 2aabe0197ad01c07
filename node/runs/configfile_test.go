package runs

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/apiary-rl/apiary/node/compute"
)

func TestWriteConfigFileReplacesForeignBytes(t *testing.T) {
	blob, err := compute.DefaultConfig("add").Encode()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, ConfigFileName(crypto.Keccak256Hash(blob)))
	if err := os.WriteFile(path, []byte("not a config"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := ReadConfigFile(crypto.Keccak256Hash(blob), dir); !errors.Is(err, ErrMismatch) {
		t.Fatalf("reading foreign bytes: got %v, want ErrMismatch", err)
	}
	if got, err := WriteConfigFile(dir, blob); err != nil || got != path {
		t.Fatalf("WriteConfigFile = %s, %v; want %s", got, err, path)
	}
	c, b, _, err := ReadConfigFile(crypto.Keccak256Hash(blob), dir)
	if err != nil || !bytes.Equal(b, blob) || c != compute.DefaultConfig("add") {
		t.Fatalf("read back %+v, %v", c, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("%d files in the directory, want only the config (no temporary left)", len(entries))
	}
}

// FuzzDecodeConfigBlob: a config file's bytes are outside input. Whatever is accepted
// hashes to the name it was read under and encodes back to the same bytes.
func FuzzDecodeConfigBlob(f *testing.F) {
	blob, err := compute.DefaultConfig("add").Encode()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(blob)
	f.Add([]byte{0xa0})
	f.Fuzz(func(t *testing.T, b []byte) {
		h := crypto.Keccak256Hash(b)
		c, err := DecodeConfigBlob(h, b)
		if err != nil {
			if !errors.Is(err, ErrMismatch) {
				t.Fatalf("error %v does not wrap ErrMismatch", err)
			}
			return
		}
		again, err := c.Encode()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("accepted %x re-encodes to %x (%v)", b, again, err)
		}
		if _, err := DecodeConfigBlob(crypto.Keccak256Hash(append(b, 0)), b); !errors.Is(err, ErrMismatch) {
			t.Fatalf("a blob under another hash: got %v, want ErrMismatch", err)
		}
	})
}
