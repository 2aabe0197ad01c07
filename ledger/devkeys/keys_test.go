package devkeys_test

import (
	"testing"

	"github.com/apiary-rl/apiary/ledger/devkeys"
)

// TestKeysStable pins the first key's address (dev manifests and scripts
// name it) and checks that keys are distinct.
func TestKeysStable(t *testing.T) {
	seen := map[string]int{}
	for i := 0; i < 64; i++ {
		a := devkeys.Address(i).Hex()
		if j, dup := seen[a]; dup {
			t.Fatalf("keys %d and %d share address %s", j, i, a)
		}
		seen[a] = i
	}
	if got, want := devkeys.Address(0).Hex(), firstAddress; got != want {
		t.Fatalf("dev key 0 is %s, want %s", got, want)
	}
	if id := devkeys.ChainConfig().ChainID.Uint64(); id != 1337 {
		t.Fatalf("chain id %d, want 1337", id)
	}
}

// firstAddress is devkeys.Address(0), the dev chain's faucet.
const firstAddress = "0xcA0B19fF1567C61b75d48239Ce528c535E80aeeF"
