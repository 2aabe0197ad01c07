package compute

import (
	"encoding/hex"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apiary-rl/apiary/verify/canon"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name (rewritten with -update).
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s (run with -update to create): %v", path, err)
	}
	if got != strings.TrimSpace(string(want)) {
		t.Fatalf("%s: got %s, want %s; a change is a protocol change (-update after review)", name, got, strings.TrimSpace(string(want)))
	}
}

// TestConfigGolden pins the key table: the default add run's encoding and hash.
func TestConfigGolden(t *testing.T) {
	c := DefaultConfig("add")
	b, err := c.Encode()
	if err != nil {
		t.Fatal(err)
	}
	h, _ := c.Hash()
	golden(t, "default_add_config.hex", hex.EncodeToString(b)+"\n"+h.String())
	back, err := DecodeConfig(b)
	if err != nil || back != c {
		t.Fatalf("round trip: %+v, %v", back, err)
	}
}

func TestDecodeConfigRejects(t *testing.T) {
	good, _ := DefaultConfig("add").Encode()
	var w wireConfig
	if err := configDecoder.Unmarshal(good, &w); err != nil {
		t.Fatal(err)
	}
	enc := func(f func(w *wireConfig)) []byte {
		x := w
		f(&x)
		b, _ := canon.Marshal(x)
		return b
	}
	type extra struct {
		wireConfig
		X uint8 `cbor:"34,keyasint"`
	}
	unknown, _ := canon.Marshal(extra{wireConfig: w})
	for name, b := range map[string][]byte{
		"trailing byte": append(append([]byte{}, good...), 0),
		"unknown key":   unknown,
		"version 2":     enc(func(w *wireConfig) { w.V = 2 }),
		"unknown task":  enc(func(w *wireConfig) { w.Task = "chess" }),
		"G = 1":         enc(func(w *wireConfig) { w.G = 1 }),
		"NaN lr":        enc(func(w *wireConfig) { w.LR = 0x7FC00000 }),
		"vocab":         enc(func(w *wireConfig) { w.Vocab = 300 }),
		"too large":     make([]byte, MaxConfigSize+1),
	} {
		if _, err := DecodeConfig(b); !errors.Is(err, ErrBadConfig) {
			t.Errorf("%s: got %v, want ErrBadConfig", name, err)
		}
	}
}

// TestCheckRejectsOversizedShapes: a config whose step cannot be refereed
// on chain is refused with the kind and the limit.
func TestCheckRejectsOversizedShapes(t *testing.T) {
	c := DefaultConfig("add")
	c.G = 86 // the embedding tables' gradients contract over G·T = 4128 > 4096 positions
	_, err := Check(c)
	if !errors.Is(err, ErrBadConfig) || !strings.Contains(err.Error(), "matmul") || !strings.Contains(err.Error(), "4128") {
		t.Fatalf("G = 86: got %v, want a matmul row-limit error", err)
	}
}

func FuzzDecodeConfig(f *testing.F) {
	good, _ := DefaultConfig("add").Encode()
	f.Add(good)
	w := DefaultConfig("add")
	w.WarmStart = 50
	warm, _ := w.Encode()
	f.Add(warm)
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := DecodeConfig(b)
		if err != nil {
			return
		}
		again, err := c.Encode()
		if err != nil || string(again) != string(b) {
			t.Fatalf("decoded config re-encodes to %x (%v), want %x", again, err, b)
		}
	})
}
