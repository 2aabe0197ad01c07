package main

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/apiary-rl/apiary/node/config"
	"github.com/apiary-rl/apiary/node/keys"
	"github.com/apiary-rl/apiary/node/runs"
	"github.com/apiary-rl/apiary/node/solo"
)

// runConfigKeys are the configuration keys `swarm run create` reads: the network and the key.
var runConfigKeys = []string{"data_dir", "chain.manifest", "chain.rpc_url", "key.file", "key.passphrase_file", "key.passphrase_env"}

func newRunCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "run",
		Short: "Create training runs on chain (the submitter's side)",
	}
	cmd.AddCommand(newRunCreateCmd())
	return cmd
}

// runFlags are the run parameters as flags; windows are durations, amounts ether.
type runFlags struct {
	spec                           runs.Spec
	size                           string
	startIn, round, commit, verify time.Duration
	dispute, disputeDuration       time.Duration
	pool, stake, slash, bond, fee  amount
	penalty, gasPrice              amount
	configDir                      string
	asJSON                         bool
}

func newRunCreateCmd() *cobra.Command {
	rf := &runFlags{spec: runs.DefaultSpec("add")}
	cmd := &cobra.Command{
		Use:   "create",
		Short: "Create a training run: its config blob, schedule, economics, reward pool and bootstrap peers",
		Long: "Builds the run's config (task, model, RL settings, schedule and economics), checks it against\n" +
			"the contract's rules and the on-chain row limits, writes the config blob next to the manifest\n" +
			"as run-config-<hash>.cbor (nodes find it by the hash the chain holds), and sends createRun\n" +
			"from the key's account, escrowing --pool as the reward pool. Prints the run ID.\n" +
			"Defaults are those of docs/LEDGER.md, \"Economics\".",
		Example: "  swarm chain dev --manifest network.json &\n" +
			"  swarm run create --manifest network.json --pool 6 --bootstrap /ip4/127.0.0.1/tcp/4111/p2p/16Uiu2…",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return rf.create(cmd) },
	}
	config.BindFlags(cmd.Flags(), runConfigKeys...)
	rf.bind(cmd.Flags())
	return cmd
}

func (rf *runFlags) bind(f *pflag.FlagSet) {
	s, c := &rf.spec, &rf.spec.Config
	sec := func(n uint64) time.Duration { return time.Duration(n) * time.Second }
	rf.round, rf.commit, rf.verify = sec(c.RoundDuration), sec(c.CommitWindow), sec(c.VerifyWindow)
	rf.dispute, rf.disputeDuration = sec(c.DisputeWindow), sec(c.DisputeDuration)
	wei := func(v uint64) amount { return amount{new(big.Int).SetUint64(v)} }
	rf.stake, rf.slash, rf.bond, rf.fee = wei(c.Stake), wei(c.Slash), wei(c.Bond), wei(c.VerifierFee)
	rf.penalty, rf.gasPrice = amount{s.VerifierPenalty}, amount{s.MinGasPrice}
	f.StringVar(&c.Task, "task", c.Task, "task family: "+strings.Join(solo.TaskNames(), ", "))
	f.IntVar(&c.Level, "level", c.Level, "difficulty level of the task")
	f.Uint64Var(&c.Seed, "seed", c.Seed, "seed of the initial model and the task stream")
	f.StringVar(&rf.size, "size", "small", "model size: "+strings.Join(solo.SizeNames(), ", "))
	f.IntVar(&c.G, "group-size", c.G, "completions per prompt (G)")
	f.IntVar(&c.L, "own-groups", c.L, "own groups per peer and round (L)")
	f.IntVar(&c.E, "external-groups", c.E, "external groups per peer and round (E)")
	f.IntVar(&c.WarmStart, "warm-start", c.WarmStart, "supervised warm-start steps that make θ_0 from the seed's init (0: the random init; every node recomputes them)")
	f.Uint32Var(&s.NumRounds, "rounds", s.NumRounds, "rounds the pool pays for")
	f.DurationVar(&rf.startIn, "start-in", 0, "round 0 starts this long after the chain's latest block (0: at the creating block)")
	f.DurationVar(&rf.round, "round", rf.round, "round length")
	f.DurationVar(&rf.commit, "commit-window", rf.commit, "commits in the first part of a round")
	f.DurationVar(&rf.verify, "verify-window", rf.verify, "attestations after the commit window")
	f.DurationVar(&rf.dispute, "dispute-window", rf.dispute, "disputes may open this long after the commit window")
	f.DurationVar(&rf.disputeDuration, "dispute-duration", rf.disputeDuration, "time a full dispute may take")
	f.IntVar(&c.Lag, "lag", c.Lag, "finality lag D in rounds")
	f.IntVar(&c.Verifiers, "verifiers", c.Verifiers, "verifiers assigned to each contribution")
	f.Uint16Var(&s.WhistleblowerBps, "whistleblower-bps", s.WhistleblowerBps, "a winning challenger's share of a slash, basis points (< 5000)")
	f.Var(&rf.pool, "pool", "reward pool escrowed from the key's account (e.g. 6, 6 ether, 500 gwei); required")
	f.Var(&rf.stake, "stake", "stake a peer escrows to join")
	f.Var(&rf.slash, "slash", "what a conviction slashes")
	f.Var(&rf.bond, "bond", "a challenger's dispute bond")
	f.Var(&rf.fee, "verifier-fee", "fee per attestation")
	f.Var(&rf.penalty, "verifier-penalty", "what a verifier of a convicted contribution loses")
	f.Var(&rf.gasPrice, "min-gas-price", "gas price the bond must cover the solver's reveals at")
	f.StringSliceVar(&s.Bootstrap, "bootstrap", nil, "bootstrap peers published with the run: /ip4/…/tcp/…/p2p/<peer id> (repeatable)")
	f.StringVar(&rf.configDir, "config-dir", "", "where to write the config blob (default: the manifest's directory)")
	f.BoolVar(&rf.asJSON, "json", false, "print the run as JSON")
}

// apply moves the flag values into the spec; windows must be whole seconds.
func (rf *runFlags) apply() error {
	s, c := &rf.spec, &rf.spec.Config
	if err := s.SetModelSize(rf.size); err != nil {
		return err
	}
	for _, w := range []struct {
		flag string
		d    time.Duration
		dst  *uint64
	}{{"round", rf.round, &c.RoundDuration}, {"commit-window", rf.commit, &c.CommitWindow},
		{"verify-window", rf.verify, &c.VerifyWindow}, {"dispute-window", rf.dispute, &c.DisputeWindow},
		{"dispute-duration", rf.disputeDuration, &c.DisputeDuration}} {
		if w.d < 0 || w.d%time.Second != 0 {
			return fmt.Errorf("--%s %v: want a positive whole number of seconds", w.flag, w.d)
		}
		*w.dst = uint64(w.d / time.Second)
	}
	for _, a := range []struct {
		flag string
		v    amount
		dst  *uint64
	}{{"stake", rf.stake, &c.Stake}, {"slash", rf.slash, &c.Slash}, {"bond", rf.bond, &c.Bond}, {"verifier-fee", rf.fee, &c.VerifierFee}} {
		if !a.v.IsUint64() {
			return fmt.Errorf("--%s %s: the run config holds it in 64 bits, at most %s", a.flag, runs.FormatEther(a.v.Int),
				runs.FormatEther(new(big.Int).SetUint64(^uint64(0))))
		}
		*a.dst = a.v.Uint64()
	}
	s.VerifierPenalty, s.MinGasPrice = rf.penalty.Int, rf.gasPrice.Int
	if rf.pool.Int == nil {
		return fmt.Errorf("no reward pool: pass --pool (ether escrowed from the key's account; rewards and verifier fees come from it)")
	}
	s.Pool = rf.pool.Int
	if rf.startIn < 0 || rf.startIn%time.Second != 0 {
		return fmt.Errorf("--start-in %v: want a whole number of seconds, 0 or more", rf.startIn)
	}
	return nil
}

func (rf *runFlags) create(cmd *cobra.Command) error {
	if err := rf.apply(); err != nil {
		return err
	}
	c, err := loadConfig(cmd.Flags())
	if err != nil {
		return err
	}
	m, err := c.Network()
	if err != nil {
		return err
	}
	pass, err := keys.Passphrase(c.Key.PassphraseFile, c.Key.PassphraseEnv, os.LookupEnv)
	if err != nil {
		return err
	}
	k, err := keys.Load(c.Key.File, pass)
	if err != nil {
		return err
	}
	ctx := cmd.Context()
	log := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: slog.LevelWarn}))
	client, closeRPC, err := runs.Connect(ctx, m, k.Private, log)
	if err != nil {
		return err
	}
	defer closeRPC()
	params, err := client.Params(ctx)
	if err != nil {
		return fmt.Errorf("read the Ledger's parameters: %w", err)
	}
	if rf.startIn > 0 {
		head, err := client.Backend().HeaderByNumber(ctx, nil)
		if err != nil {
			return fmt.Errorf("read the chain's latest block: %w", err)
		}
		rf.spec.Start = head.Time + uint64(rf.startIn/time.Second)
	}
	plan, err := runs.Build(rf.spec, params)
	if err != nil {
		return err
	}
	dir := rf.configDir
	if dir == "" {
		dir = filepath.Dir(c.Chain.Manifest)
	}
	path, err := runs.WriteConfigFile(dir, plan.Blob)
	if err != nil {
		return err
	}
	created, err := runs.Create(ctx, client, plan)
	if err != nil {
		return err
	}
	return printRun(cmd.OutOrStdout(), rf.asJSON, m.ChainID, m.Contracts.Ledger.Hex(), c.Chain.Manifest, plan, created, path)
}

// amount is a flag holding wei, typed as ether with an optional unit.
type amount struct{ *big.Int }

func (a *amount) String() string {
	if a.Int == nil {
		return ""
	}
	return runs.FormatEther(a.Int)
}

func (a *amount) Set(s string) error {
	v, err := runs.ParseEther(s)
	if err != nil {
		return err
	}
	a.Int = v
	return nil
}

func (a *amount) Type() string { return "ether" }

// createdRun is what `swarm run create --json` prints.
type createdRun struct {
	Run              string   `json:"run"`
	ChainID          uint64   `json:"chain_id"`
	Ledger           string   `json:"ledger"`
	Submitter        string   `json:"submitter"`
	ConfigHash       string   `json:"config_hash"`
	ConfigFile       string   `json:"config_file"`
	SkeletonRoot     string   `json:"skeleton_root"`
	InitialModelRoot string   `json:"initial_model_root"`
	Task             string   `json:"task"`
	Start            uint64   `json:"start"`
	RoundDuration    uint32   `json:"round_duration"`
	NumRounds        uint32   `json:"num_rounds"`
	Pool             string   `json:"pool"`
	RewardPerRound   string   `json:"reward_per_round"`
	MinStake         string   `json:"min_stake"`
	Bootstrap        []string `json:"bootstrap"`
}

func printRun(w io.Writer, asJSON bool, chainID uint64, ledgerAddr, manifest string, p *runs.Plan, cr runs.Created, path string) error {
	r := cr.Run
	boot := p.Spec.Bootstrap
	if boot == nil {
		boot = []string{}
	}
	out := createdRun{Run: fmt.Sprintf("0x%x", cr.ID), ChainID: chainID, Ledger: ledgerAddr,
		Submitter: r.Submitter.Hex(), ConfigHash: p.ConfigHash.Hex(), ConfigFile: path, SkeletonRoot: p.SkeletonRoot.Hex(),
		InitialModelRoot: p.InitialModelRoot.Hex(), Task: r.Cfg.Task, Start: r.Cfg.Start, RoundDuration: r.Cfg.RoundDuration,
		NumRounds: r.Cfg.NumRounds, Pool: r.Pool.String(), RewardPerRound: r.RewardPerRound.String(),
		MinStake: r.Cfg.MinStake.String(), Bootstrap: boot}
	if asJSON {
		return json.NewEncoder(w).Encode(out)
	}
	c := p.Spec.Config
	fmt.Fprintf(w, "run %s created on chain %d\n", out.Run, chainID)
	fmt.Fprintf(w, "  task       %s level %d, %d-layer model of width %d, %d op records per step\n", c.Task, c.Level, c.Model.Layers, c.Model.Dim, p.Records)
	fmt.Fprintf(w, "  schedule   %d rounds of %ds from %s\n", r.Cfg.NumRounds, r.Cfg.RoundDuration, time.Unix(int64(r.Cfg.Start), 0).UTC().Format(time.RFC3339))
	fmt.Fprintf(w, "  pool       %s (%s per round)\n", runs.FormatEther(r.Pool), runs.FormatEther(r.RewardPerRound))
	fmt.Fprintf(w, "  stake      %s to join\n", runs.FormatEther(r.Cfg.MinStake))
	fmt.Fprintf(w, "  config     %s in %s\n", out.ConfigHash, path)
	fmt.Fprintf(w, "  skeleton   %s\n  model θ0   %s\n", out.SkeletonRoot, out.InitialModelRoot)
	if len(boot) > 0 {
		fmt.Fprintf(w, "  bootstrap  %s\n", strings.Join(boot, "\n             "))
	}
	_, err := fmt.Fprintf(w, "join it with: swarm join --manifest %s --run %s\n", manifest, out.Run)
	return err
}
