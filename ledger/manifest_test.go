package ledger_test

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
)

func validManifest() *ledger.Manifest {
	return &ledger.Manifest{
		Version: ledger.ManifestVersion, ChainID: 1337, RPCURL: "http://127.0.0.1:8545", WSURL: "ws://127.0.0.1:8546",
		Contracts: ledger.Addresses{Ledger: common.HexToAddress("0x01"), Referee: common.HexToAddress("0x02")},
	}
}

func TestManifestRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "network.json")
	m := validManifest()
	if err := ledger.WriteManifest(path, m); err != nil {
		t.Fatal(err)
	}
	got, err := ledger.ReadManifest(path)
	if err != nil {
		t.Fatal(err)
	}
	if *got != *m {
		t.Fatalf("got %+v, want %+v", got, m)
	}
	bad := map[string]func(*ledger.Manifest){
		"version":  func(m *ledger.Manifest) { m.Version = 2 },
		"chain id": func(m *ledger.Manifest) { m.ChainID = 0 },
		"rpc url":  func(m *ledger.Manifest) { m.RPCURL = "127.0.0.1:8545" },
		"scheme":   func(m *ledger.Manifest) { m.WSURL = "ftp://x" },
		"ledger":   func(m *ledger.Manifest) { m.Contracts.Ledger = common.Address{} },
	}
	for name, mod := range bad {
		m := validManifest()
		mod(m)
		if err := ledger.WriteManifest(path, m); !errors.Is(err, ledger.ErrBadManifest) {
			t.Errorf("%s: got %v, want ErrBadManifest", name, err)
		}
	}
	if _, err := ledger.ParseManifest([]byte(`{"version":1,"extra":1}`)); !errors.Is(err, ledger.ErrBadManifest) {
		t.Errorf("unknown field: got %v", err)
	}
}

func FuzzParseManifest(f *testing.F) {
	f.Add([]byte(`{"version":1,"chain_id":1337,"rpc_url":"http://127.0.0.1:8545","contracts":{"ledger":"0x01","referee":"0x02"},"deploy_block":3}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"version":1}{}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := ledger.ParseManifest(b)
		if err != nil {
			if !errors.Is(err, ledger.ErrBadManifest) {
				t.Fatalf("error %v does not wrap ErrBadManifest", err)
			}
			return
		}
		if err := m.Validate(); err != nil {
			t.Fatalf("accepted an invalid manifest: %v", err)
		}
	})
}

// FuzzRevertData: decoding revert data from a node never panics and keeps the bytes.
func FuzzRevertData(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{0x08, 0xc3, 0x79, 0xa0, 0, 1})
	f.Add(append(common.FromHex("0x3c5bbc25"), make([]byte, 64)...))
	f.Fuzz(func(t *testing.T, b []byte) {
		re := ledger.DecodeRevertData(b)
		if string(re.Data) != string(b) {
			t.Fatalf("revert data changed")
		}
		_ = re.Error()
	})
}
