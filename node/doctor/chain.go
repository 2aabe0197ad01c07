package doctor

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/keys"
	"github.com/apiary-rl/apiary/node/runs"
)

func (s *state) checkManifest() {
	m, err := s.c.Network()
	if err != nil {
		s.add(Check{Name: "manifest", State: StateFail, Detail: err.Error(),
			Hint: "pass --manifest with the network's manifest (`swarm chain dev` writes one for a local chain)"})
		return
	}
	s.manifest = m
	s.add(Check{Name: "manifest", State: StateOK,
		Detail: fmt.Sprintf("%s: chain %d, ledger %s", s.c.Chain.Manifest, m.ChainID, m.Contracts.Ledger.Hex())})
}

func (s *state) checkRPC(ctx context.Context) {
	const name = "rpc"
	if s.manifest == nil {
		s.skip(name, "no manifest")
		return
	}
	url := s.manifest.RPCURL
	hint := "start the chain's node or point --rpc-url at a node of chain " + fmt.Sprint(s.manifest.ChainID)
	ctx, cancel := context.WithTimeout(ctx, s.o.Timeout)
	defer cancel()
	ec, err := ethclient.DialContext(ctx, url)
	if err != nil {
		s.add(Check{Name: name, State: StateFail, Detail: fmt.Sprintf("cannot dial %s: %v", url, err), Hint: hint})
		return
	}
	id, err := ec.ChainID(ctx)
	if err != nil {
		ec.Close()
		s.add(Check{Name: name, State: StateFail, Detail: fmt.Sprintf("%s does not answer: %v", url, err), Hint: hint})
		return
	}
	if !id.IsUint64() || id.Uint64() != s.manifest.ChainID {
		ec.Close()
		s.add(Check{Name: name, State: StateFail, Detail: fmt.Sprintf("%s serves chain %s, the manifest says %d", url, id, s.manifest.ChainID), Hint: hint})
		return
	}
	code, err := ec.CodeAt(ctx, s.manifest.Contracts.Ledger, nil)
	if err != nil || len(code) == 0 {
		ec.Close()
		s.add(Check{Name: name, State: StateFail, Detail: fmt.Sprintf("no Ledger contract at %s on %s (%v)", s.manifest.Contracts.Ledger.Hex(), url, err),
			Hint: "the manifest belongs to another deployment of this chain; get the network's current manifest"})
		return
	}
	s.ec = ec
	s.add(Check{Name: name, State: StateOK, Detail: fmt.Sprintf("%s serves chain %d with the Ledger deployed", url, id)})
}

func (s *state) checkKey() {
	const name = "key"
	pass, err := keys.Passphrase(s.c.Key.PassphraseFile, s.c.Key.PassphraseEnv, s.o.LookupEnv)
	if err == nil {
		s.key, err = keys.Load(s.c.Key.File, pass)
	}
	if err != nil {
		s.add(Check{Name: name, State: StateFail, Detail: err.Error(),
			Hint: "create a key with `swarm keys new` or name yours with --key-file; the passphrase comes from --passphrase-file or $" + s.c.Key.PassphraseEnv})
		return
	}
	id, _ := s.key.PeerID()
	s.add(Check{Name: name, State: StateOK, Detail: fmt.Sprintf("%s (peer %s) from %s", s.key.Address.Hex(), id, s.c.Key.File)})
}

// checkClient builds the Ledger client; it adds a check only when that fails
// (the EVM check of ledger.New: a pre-Cancun chain).
func (s *state) checkClient(ctx context.Context) {
	if s.ec == nil || s.key == nil {
		return
	}
	c, err := ledger.New(ctx, s.ec, s.manifest.Contracts, s.key.Private, ledger.WithDeployBlock(s.manifest.DeployBlock),
		ledger.WithEndpoint(s.manifest.RPCURL), ledger.WithLogger(s.o.Logger), ledger.WithRetries(0, 0))
	if err != nil {
		s.add(Check{Name: "evm", State: StateFail, Detail: err.Error(), Hint: "use a chain that runs the Cancun EVM or later"})
		return
	}
	s.client = c
}

func (s *state) checkFunds(ctx context.Context) {
	const name = "funds"
	if s.client == nil {
		s.skip(name, "needs the rpc and the key")
		return
	}
	bal, err := s.ec.BalanceAt(ctx, s.key.Address, nil)
	switch {
	case err != nil:
		s.add(Check{Name: name, State: StateFail, Detail: fmt.Sprintf("read the balance of %s: %v", s.key.Address.Hex(), err)})
	case bal.Sign() == 0:
		s.add(Check{Name: name, State: StateFail, Detail: fmt.Sprintf("%s holds no ether: it cannot pay gas or a stake", s.key.Address.Hex()),
			Hint: fmt.Sprintf("send ether to %s (on a dev chain: `swarm chain dev --fund %s`)", s.key.Address.Hex(), s.key.Address.Hex())})
	default:
		s.add(Check{Name: name, State: StateOK, Detail: fmt.Sprintf("%s holds %s", s.key.Address.Hex(), runs.FormatEther(bal))})
	}
}

func (s *state) checkRun(ctx context.Context) {
	const name = "run"
	if s.c.Run == "" {
		s.add(Check{Name: name, State: StateWarn, Detail: "no run configured", Hint: "pass --run with the run ID `swarm run create` printed"})
		return
	}
	id, err := s.c.RunID()
	if err != nil {
		s.add(Check{Name: name, State: StateFail, Detail: err.Error(), Hint: "a run ID is 0x and 64 hex digits"})
		return
	}
	if s.client == nil {
		s.skip(name, "needs the rpc and the key")
		return
	}
	s.runID = ledger.RunID(id)
	dirs := runs.SearchDirs(s.c.DataDir, s.c.Chain.Manifest)
	l, err := runs.Load(ctx, s.client, s.runID, dirs...)
	if err != nil {
		s.add(Check{Name: name, State: StateFail, Detail: err.Error(),
			Hint: "check --run and --manifest; the run's config file (run-config-<hash>.cbor) belongs in the data directory or next to the manifest"})
		if r, boot, ierr := runs.Info(ctx, s.client, s.runID); ierr == nil {
			s.run, s.boot = &r, boot
		}
		return
	}
	s.run, s.boot = &l.Run, l.Bootstrap
	s.add(Check{Name: name, State: StateOK, Detail: fmt.Sprintf("%s: task %s, %d rounds, config %s verified", s.c.Run, l.Run.Cfg.Task, l.Run.Cfg.NumRounds, l.ConfigFile)})
}

func (s *state) checkStake(ctx context.Context) {
	const name = "stake"
	if s.run == nil {
		s.skip(name, "needs the run")
		return
	}
	need := s.run.Cfg.MinStake
	m, err := s.client.Member(ctx, s.runID, s.key.Address)
	if err != nil {
		s.add(Check{Name: name, State: StateFail, Detail: fmt.Sprintf("read the stake of %s: %v", s.key.Address.Hex(), err)})
		return
	}
	if m.Stake != nil && m.Stake.Cmp(need) >= 0 {
		s.add(Check{Name: name, State: StateOK, Detail: fmt.Sprintf("%s staked in the run (at least %s needed)", runs.FormatEther(m.Stake), runs.FormatEther(need))})
		return
	}
	bal, err := s.ec.BalanceAt(ctx, s.key.Address, nil)
	if err != nil {
		bal = new(big.Int)
	}
	if bal.Cmp(need) > 0 {
		s.add(Check{Name: name, State: StateWarn, Detail: fmt.Sprintf("not staked in the run yet; the balance (%s) covers the stake of %s", runs.FormatEther(bal), runs.FormatEther(need)),
			Hint: "joining the run escrows the stake (joinRun) before the node may commit"})
		return
	}
	s.add(Check{Name: name, State: StateFail, Detail: fmt.Sprintf("not staked in the run, and the balance (%s) cannot pay the stake of %s", runs.FormatEther(bal), runs.FormatEther(need)),
		Hint: fmt.Sprintf("send more than %s to %s", runs.FormatEther(need), s.key.Address.Hex())})
}
