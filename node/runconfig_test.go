package node

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/runs"
	"github.com/apiary-rl/apiary/node/store"
	"github.com/apiary-rl/apiary/swarm"
)

// TestRunConfigVerified: a run whose on-chain record names the config's hash but not the
// roots the config gives (program skeleton, outputs, θ_0) is refused at start with
// ErrRunConfig and runs.ErrMismatch naming the root, although the blob's hash matches; the
// refused node stores nothing of it.
func TestRunConfigVerified(t *testing.T) {
	cases := []struct {
		name, want string
		mutate     func(*ledger.RunConfig)
	}{
		{"outputs root", "outputs root", func(rc *ledger.RunConfig) { rc.OutputsRoot[31] ^= 1 }},
		{"skeleton root", "skeleton root", func(rc *ledger.RunConfig) { rc.SkeletonRoot[0] ^= 1 }},
		{"initial model root", "initial model root", func(rc *ledger.RunConfig) { rc.InitialModelRoot[5] ^= 1 }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			env := newTestEnvWith(t, envOptions{mutate: tc.mutate})
			dir := t.TempDir()
			n, err := New(env.config(t, dir), WithRunConfig(env.runConfig), WithLogger(slog.New(slog.DiscardHandler)),
				WithLookupEnv(func(string) (string, bool) { return "pw", true }))
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute) // a hang guard only
			defer cancel()
			err = n.Start(ctx)
			if err == nil {
				_ = n.Close()
				t.Fatal("the node started under a config that does not match the run")
			}
			if !errors.Is(err, ErrRunConfig) || !errors.Is(err, runs.ErrMismatch) || !strings.Contains(err.Error(), tc.want) ||
				!strings.Contains(err.Error(), "start chain") {
				t.Fatalf("got %v, want a start chain error of ErrRunConfig and runs.ErrMismatch naming the %s", err, tc.want)
			}
			t.Logf("refused: %v", err)
			st, err := store.Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if _, err := st.Blob(swarm.RootOf(env.runConfig)); err == nil {
				t.Fatal("the refused config is in the store")
			}
		})
	}
}
