package runs

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/compute"
)

// testSpec is DefaultSpec("add") with a pool that pays the fees of ten full rounds.
func testSpec() Spec {
	s := DefaultSpec("add")
	s.Pool = ledger.Ether(6)
	return s
}

func TestDefaultSpecPassesTheContractRules(t *testing.T) {
	s := testSpec()
	if err := s.Check(ledger.DefaultParams()); err != nil {
		t.Fatalf("DefaultSpec with a 6-ether pool: %v", err)
	}
	d := ledger.DefaultRunConfig()
	if s.Config.Stake != d.MinStake.Uint64() || s.Config.RoundDuration != uint64(d.RoundDuration) || s.Config.Verifiers != int(d.VerifiersPerContribution) {
		t.Fatalf("DefaultSpec config %+v does not carry ledger.DefaultRunConfig", s.Config)
	}
}

func TestSpecCheckRefuses(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(*Spec)
		want   string
	}{
		{"zero rounds", func(s *Spec) { s.NumRounds = 0 }, "zero rounds"},
		{"zero commit window", func(s *Spec) { s.Config.CommitWindow = 0 }, "every window must be positive"},
		{"zero round", func(s *Spec) { s.Config.RoundDuration = 0 }, "every window must be positive"},
		{"commit longer than round", func(s *Spec) { s.Config.CommitWindow = s.Config.RoundDuration + 1 }, "longer than the round"},
		{"verify after disputes", func(s *Spec) { s.Config.VerifyWindow = s.Config.DisputeWindow + 1 }, "verify window"},
		{"not final before r+D", func(s *Spec) { s.Config.Lag = 1 }, "must fit in lag × round"},
		{"short dispute duration", func(s *Spec) { s.Config.DisputeDuration = 100; s.Config.Lag = 2 }, "below a full dispute"},
		{"pool 0", func(s *Spec) { s.Pool = big.NewInt(0) }, "reward pool is 0"},
		{"no pool", func(s *Spec) { s.Pool = nil }, "reward pool is 0"},
		{"pool below fees", func(s *Spec) { s.Pool = ledger.Ether(5) }, "pool at least 5.12 ether"},
		{"whistleblower half", func(s *Spec) { s.WhistleblowerBps = 5000 }, "whistleblower share"},
		{"no verifiers", func(s *Spec) { s.Config.Verifiers = 0 }, "verifiers per contribution"},
		{"bond below reveal gas", func(s *Spec) { s.Config.Bond = 1e9 }, "below the solver's reveal gas"},
		{"share below bond", func(s *Spec) { s.Config.Slash = 2e16 }, "below the dispute bond"},
		{"stake below slash", func(s *Spec) { s.Config.Stake = 1e18 }, "stake 1 ether below slash + verifier penalty = 1.1 ether"},
		{"too many bootstrap", func(s *Spec) { s.Bootstrap = make([]string, 33) }, "33 bootstrap addresses"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := testSpec()
			tc.change(&s)
			err := s.Check(ledger.DefaultParams())
			if !errors.Is(err, ErrBadSpec) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want ErrBadSpec saying %q", err, tc.want)
			}
		})
	}
}

func TestBuildRefuses(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(*Spec)
		want   string
	}{
		{"unknown task", func(s *Spec) { s.Config.Task = "chess" }, "chess"},
		{"bad bootstrap", func(s *Spec) { s.Bootstrap = []string{"/ip4/127.0.0.1/tcp/4111"} }, "bootstrap address"},
		{"context too short", func(s *Spec) { s.Config.Model.Context = 8 }, "context"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := testSpec()
			tc.change(&s)
			_, err := Build(s, ledger.DefaultParams())
			if !errors.Is(err, ErrBadSpec) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want ErrBadSpec saying %q", err, tc.want)
			}
		})
	}
}

// TestBuild checks the plan against the config package's own answers: the blob is the
// config's encoding, its hash the config hash, the skeleton root compute.Check's.
func TestBuild(t *testing.T) {
	s := testSpec()
	p, err := Build(s, ledger.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	back, err := compute.DecodeConfig(p.Blob)
	if err != nil || back != s.Config {
		t.Fatalf("blob decodes to %+v (%v), want %+v", back, err, s.Config)
	}
	rep, err := compute.Check(s.Config)
	if err != nil || [32]byte(p.SkeletonRoot) != [32]byte(rep.SkeletonRoot) || p.Records != rep.Records {
		t.Fatalf("skeleton root %x (%d records), compute.Check says %x (%d) %v", p.SkeletonRoot, p.Records, rep.SkeletonRoot, rep.Records, err)
	}
	if err := Verify(s.Config, p.Run); err != nil {
		t.Fatalf("Verify of the plan's own run config: %v", err)
	}
	other := s.Config
	other.Seed++
	if err := Verify(other, p.Run); !errors.Is(err, ErrMismatch) {
		t.Fatalf("Verify of another seed: got %v, want ErrMismatch", err)
	}
	rc := p.Run
	rc.CommitWindow++
	if err := Match(s.Config, rc); !errors.Is(err, ErrMismatch) || !strings.Contains(err.Error(), "commit window") {
		t.Fatalf("Match with another commit window: got %v", err)
	}
	rc = p.Run
	rc.MinStake = new(big.Int).Add(rc.MinStake, big.NewInt(1))
	if err := Match(s.Config, rc); !errors.Is(err, ErrMismatch) || !strings.Contains(err.Error(), "stake") {
		t.Fatalf("Match with another stake: got %v", err)
	}
}
