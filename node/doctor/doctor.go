package doctor

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/config"
	"github.com/apiary-rl/apiary/node/keys"
	"github.com/apiary-rl/apiary/node/selftest"
)

// Options are what Run checks and how.
type Options struct {
	// Config is the node's effective configuration (config.Load).
	Config *config.Config
	// LookupEnv reads the passphrase's environment variable; nil means os.LookupEnv.
	LookupEnv func(string) (string, bool)
	// Timeout bounds each network check (the RPC, each bootstrap dial); 0 means 10 s.
	Timeout time.Duration
	// SelfTest runs the RepOps self-test and reports whether this machine computes
	// the canonical bits; nil means node/selftest.Run.
	SelfTest func() (bool, error)
	// Logger receives the chain client's logs; nil means none.
	Logger *slog.Logger
}

// state is what the checks found for the ones after them.
type state struct {
	o        Options
	c        *config.Config
	manifest *ledger.Manifest
	ec       *ethclient.Client
	key      *keys.Key
	client   *ledger.Client
	run      *ledger.Run
	runID    ledger.RunID
	boot     []string
	checks   []Check
}

func (s *state) add(c Check) { s.checks = append(s.checks, c) }

func (s *state) skip(name, why string) {
	s.add(Check{Name: name, State: StateSkip, Detail: "skipped: " + why})
}

// Run runs every check and returns the report. It never stops at a failed
// check: the checks that need what failed are skipped, the others run.
func Run(ctx context.Context, o Options) Report {
	if o.LookupEnv == nil {
		o.LookupEnv = os.LookupEnv
	}
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Second
	}
	if o.SelfTest == nil {
		o.SelfTest = func() (bool, error) {
			_, _, ok, err := selftest.Run()
			return ok, err
		}
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	s := &state{o: o, c: o.Config}
	defer func() {
		if s.ec != nil {
			s.ec.Close()
		}
	}()
	s.checkManifest()
	s.checkRPC(ctx)
	s.checkKey()
	s.checkClient(ctx)
	s.checkFunds(ctx)
	s.checkRun(ctx)
	s.checkStake(ctx)
	s.checkListen()
	s.checkAPI()
	s.checkBootstrap(ctx)
	s.checkSelfTest()
	r := Report{Checks: s.checks, OK: true}
	r.OK = len(r.Failed()) == 0
	return r
}

func (s *state) checkSelfTest() {
	ok, err := s.o.SelfTest()
	switch {
	case err != nil:
		s.add(Check{Name: "selftest", State: StateFail, Detail: fmt.Sprintf("the self-test did not run: %v", err),
			Hint: "run `swarm selftest` and report its output with `swarm version --json`"})
	case !ok:
		s.add(Check{Name: "selftest", State: StateFail, Detail: "this machine does not compute the canonical RepOps bits",
			Hint: "its contributions would be disputed; run `swarm selftest` and report it with `swarm version --json`"})
	default:
		s.add(Check{Name: "selftest", State: StateOK, Detail: "every matrix kernel computes the golden result"})
	}
}
