package ledgerchain

import (
	"errors"
	"fmt"
	"testing"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/bindings"
	"github.com/apiary-rl/apiary/swarm"
)

func TestRevertMapping(t *testing.T) {
	sentinels := []error{swarm.ErrRoundClosed, swarm.ErrUndecided, swarm.ErrNotFinal, swarm.ErrRefused}
	for _, tc := range []struct {
		name string
		want error // nil: no sentinel
	}{
		{"RoundNotOpen", swarm.ErrRoundClosed},
		{"VerifyWindowClosed", swarm.ErrRoundClosed},
		{"VotingClosed", swarm.ErrRoundClosed},
		{"BeaconNotReady", swarm.ErrUndecided},
		{"RoundNotFinal", swarm.ErrNotFinal},
		{"WrongBase", swarm.ErrRefused},
		{"AlreadyCommitted", swarm.ErrRefused},
		{"NotAssigned", swarm.ErrRefused},
		{"NotAVoter", swarm.ErrRefused},
		{"TransferFailed", nil},
		{"", nil},
	} {
		err := mapped(fmt.Errorf("commit: %w", &ledger.RevertError{Name: tc.name}))
		for _, s := range sentinels {
			if got := errors.Is(err, s); got != (s == tc.want) {
				t.Errorf("%q: errors.Is(%v, %v) = %v, want %v", tc.name, err, s, got, s == tc.want)
			}
		}
		if !errors.Is(err, ledger.ErrReverted) || revertName(err) != tc.name {
			t.Errorf("%q: mapped error %v lost the revert", tc.name, err)
		}
	}
	plain := errors.New("connection refused")
	if got := mapped(plain); got != plain {
		t.Errorf("a transport error: got %v, want it unchanged", got)
	}
}

// FuzzRevertData: whatever revert data an endpoint returns, decoding and mapping it never
// panics, keeps the revert, and wraps at most one sentinel (the one its name maps to).
func FuzzRevertData(f *testing.F) {
	parsed, err := bindings.LedgerMetaData.ParseABI()
	if err != nil {
		f.Fatal(err)
	}
	e := parsed.Errors["RoundNotFinal"]
	args, err := e.Inputs.Pack([32]byte{1}, uint64(2), uint64(3), uint32(0))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(append(e.ID[:4:4], args...))
	zero := parsed.Errors["ZeroRoot"].ID
	f.Add(zero[:4])
	f.Add([]byte{})
	f.Add([]byte{0x08, 0xc3, 0x79, 0xa0})
	sentinels := []error{swarm.ErrRoundClosed, swarm.ErrUndecided, swarm.ErrNotFinal, swarm.ErrRefused}
	f.Fuzz(func(t *testing.T, data []byte) {
		re := ledger.DecodeRevertData(data)
		err := mapped(fmt.Errorf("call: %w", re))
		if !errors.Is(err, ledger.ErrReverted) {
			t.Fatalf("mapped %x lost the revert: %v", data, err)
		}
		n := 0
		for _, s := range sentinels {
			if errors.Is(err, s) {
				n++
				if sentinelOf[re.Name] != s {
					t.Fatalf("%x (%q) maps to %v, want %v", data, re.Name, s, sentinelOf[re.Name])
				}
			}
		}
		if n > 1 {
			t.Fatalf("%x maps to %d sentinels", data, n)
		}
	})
}
