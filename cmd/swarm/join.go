package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/apiary-rl/apiary/node"
	"github.com/apiary-rl/apiary/node/config"
	"github.com/apiary-rl/apiary/node/keys"
	"github.com/apiary-rl/apiary/node/p2plog"
	"github.com/apiary-rl/apiary/node/runs"
	"github.com/apiary-rl/apiary/testnet/adversary"
)

func newJoinCmd() *cobra.Command {
	var (
		runConfig string
		stake     string
		asJSON    bool
		cheat     string
		denyFile  string
	)
	cmd := &cobra.Command{
		Use:   "join",
		Short: "Join a training run: train, verify and settle rounds until interrupted",
		Long: "Starts the node for the run given by --run on the network given by --manifest: it stakes\n" +
			"in the run if its key is not a member yet (--stake, default the run's minimum), joins the\n" +
			"swarm at the chain's current round and plays rounds until Ctrl-C. It prints a live line\n" +
			"(peers, round, stage, rank) or, with --json, one JSON object per event. A node restarted on\n" +
			"the same --data-dir resumes where the chain is, reloading a contribution it prepared.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := loadConfig(cmd.Flags())
			if err != nil {
				return err
			}
			opts := []node.Option{node.WithVersion(buildVersion())}
			if runConfig != "" {
				b, err := runs.ReadConfigBytes(runConfig)
				if err != nil {
					return fmt.Errorf("read run config: %w", err)
				}
				opts = append(opts, node.WithRunConfig(b))
			}
			if stake != "" {
				wei, err := parseEther(stake)
				if err != nil {
					return fmt.Errorf("--stake %q: %w", stake, err)
				}
				opts = append(opts, node.WithStake(wei))
			}
			if cheat != "" {
				adv, err := buildAdversary(cheat, c.Key.File)
				if err != nil {
					return err
				}
				opts = append(opts, node.WithAdversary(adv))
			}
			deny, err := denyPeers(denyFile)
			if err != nil {
				return fmt.Errorf("--deny-peers: %w", err)
			}
			opts = append(opts, deny...)
			log := newLogger(cmd.ErrOrStderr(), c)
			p2plog.Route(log, slog.LevelWarn)
			out := newJoinOutput(cmd.OutOrStdout(), asJSON)
			opts = append(opts, node.WithLogger(log), node.WithEvents(out.event))
			n, err := node.New(c, opts...)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			defer reloadDenyOnHUP(ctx, n, denyFile, log)()
			if !asJSON && isTerminal(cmd.OutOrStdout()) {
				go out.refresh(ctx, n)
			}
			err = n.Run(ctx)
			out.finish()
			return err
		},
	}
	config.BindFlags(cmd.Flags())
	f := cmd.Flags()
	f.StringVar(&runConfig, "run-config", "", "the run's config file (its hash is the run's configHash); needed at the first start only")
	f.StringVar(&stake, "stake", "", "ether to stake when joining the run (default: the run's minimum stake)")
	f.BoolVar(&asJSON, "json", false, "print one JSON object per event instead of a live line")
	f.StringVar(&cheat, "adversary", "", "for local testnets only: make this node cheat as the named adversary ("+
		strings.Join(adversary.Names, ", ")+"; docs/TESTNET.md), staking real stake on it")
	f.StringVar(&denyFile, "deny-peers", "", "a file of peer IDs (one a line, # comments) the node refuses to connect to; read again on SIGHUP (a local testnet's partitions)")
	return cmd
}

// buildAdversary builds --adversary's wrappers for the node whose key file is keyFile (the
// adversary's choices are seeded by the node's address, read from the file unencrypted).
func buildAdversary(name, keyFile string) (node.Adversary, error) {
	if !slices.Contains(adversary.Names, name) {
		return node.Adversary{}, fmt.Errorf("--adversary %q: unknown adversary (the adversaries are %s)", name, strings.Join(adversary.Names, ", "))
	}
	b, err := os.ReadFile(keyFile)
	if err != nil {
		return node.Adversary{}, fmt.Errorf("--adversary: read the key file: %w", err)
	}
	addr, err := keys.ParseFile(b)
	if err != nil {
		return node.Adversary{}, fmt.Errorf("--adversary: key file %s: %w", keyFile, err)
	}
	a, err := adversary.Build(name, addr)
	if err != nil {
		return node.Adversary{}, fmt.Errorf("--adversary: %w", err)
	}
	return a, nil
}

// newLogger builds the node's logger from the log.* configuration, on w.
func newLogger(w io.Writer, c *config.Config) *slog.Logger {
	o := &slog.HandlerOptions{Level: c.LogLevel()}
	if c.Log.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, o))
	}
	return slog.New(slog.NewTextHandler(w, o))
}

// joinOutput prints the node's events: JSON lines, or a live status line.
type joinOutput struct {
	w      io.Writer
	asJSON bool

	mu    sync.Mutex
	line  string
	round uint64
	stage string
	peers int
	rank  string
}

func newJoinOutput(w io.Writer, asJSON bool) *joinOutput { return &joinOutput{w: w, asJSON: asJSON} }

// event prints one event.
func (o *joinOutput) event(e node.Event) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.asJSON {
		b, err := json.Marshal(e)
		if err == nil {
			fmt.Fprintf(o.w, "%s\n", b)
		}
		return
	}
	switch e.Kind {
	case node.EventStarted:
		fmt.Fprintf(o.w, "node %s (peer %s) joined at round %d\n  api  http://%s/\n", e.Address, e.PeerID, e.Round, e.API)
		for _, a := range e.Addrs {
			fmt.Fprintf(o.w, "  p2p  %s\n", a)
		}
	case node.EventJoined:
		fmt.Fprintf(o.w, "staked %s wei in the run\n", e.Stake)
	case node.EventStage:
		o.round, o.stage = e.Round, e.Stage
	case node.EventReloaded:
		o.clear()
		fmt.Fprintf(o.w, "round %d: reloaded the contribution prepared before the restart (update %s)\n", e.Round, short(e.Update))
	case node.EventRound:
		o.clear()
		fmt.Fprintf(o.w, "round %d done: committed %v, verified %d, attested %d, aggregated %d, next model %s\n",
			e.Round, e.Committed, e.Verified, e.Attested, e.Aggregated, short(e.Next))
	case node.EventStopped:
		o.clear()
		if e.Err != "" {
			fmt.Fprintf(o.w, "stopped: %s\n", e.Err)
		} else {
			fmt.Fprintln(o.w, "stopped")
		}
		return
	}
	o.draw()
}

// refresh redraws the live line with the peer count and rank every second (round and stage
// come from the engine's events).
func (o *joinOutput) refresh(ctx context.Context, n *node.Node) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		s, rank, err := n.Status(ctx)
		if err != nil {
			continue
		}
		o.mu.Lock()
		o.peers = s.Peers
		if rank != nil {
			o.rank = fmt.Sprintf("%d", rank.Rank)
		}
		o.draw()
		o.mu.Unlock()
	}
}

// draw rewrites the live line (called with o.mu held).
func (o *joinOutput) draw() {
	if o.asJSON {
		return
	}
	rank := o.rank
	if rank == "" {
		rank = "-"
	}
	line := fmt.Sprintf("peers %d | round %d | %s | rank %s", o.peers, o.round, o.stage, rank)
	if line == o.line {
		return
	}
	pad := max(len(o.line)-len(line), 0)
	fmt.Fprintf(o.w, "\r%s%s", line, strings.Repeat(" ", pad))
	o.line = line
}

// clear ends the live line so that a message gets its own line.
func (o *joinOutput) clear() {
	if o.line != "" {
		fmt.Fprintln(o.w)
		o.line = ""
	}
}

func (o *joinOutput) finish() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.clear()
}

func short(root string) string {
	if len(root) > 10 {
		return root[:10]
	}
	return root
}

// parseEther parses --stake the way `swarm run create` parses amounts (runs.ParseEther:
// "1", "0.25", "1.5 ether", "250 gwei"), and wants it positive.
func parseEther(s string) (*big.Int, error) {
	wei, err := runs.ParseEther(s)
	if err != nil {
		return nil, err
	}
	if wei.Sign() <= 0 {
		return nil, fmt.Errorf("stake %q: want a positive amount", s)
	}
	return wei, nil
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// buildVersion is the module version the binary was built from ("dev" for a local build).
func buildVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}
