package ledgerchain

import (
	"errors"
	"fmt"
	"testing"

	"github.com/apiary-rl/apiary/ledger"
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
