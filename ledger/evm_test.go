package ledger_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/params"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/devkeys"
	"github.com/apiary-rl/apiary/ledger/simchain"
)

// shanghaiConfig is the dev chain configuration stopped before Cancun.
func shanghaiConfig() *params.ChainConfig {
	c := *devkeys.ChainConfig()
	c.CancunTime, c.PragueTime, c.OsakaTime = nil, nil, nil
	c.BPO1Time, c.BPO2Time, c.BPO3Time, c.BPO4Time, c.BPO5Time = nil, nil, nil, nil, nil
	c.BlobScheduleConfig = nil
	return &c
}

// TestCheckEVM: a Shanghai chain is refused by CheckEVM, Deploy and New with
// ErrOldEVM and a message naming the missing EVM; a Cancun-or-later chain
// passes.
func TestCheckEVM(t *testing.T) {
	ctx := context.Background()
	old, err := simchain.New(simchain.WithAccounts(1), simchain.WithChainConfig(shanghaiConfig()))
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	if err := ledger.CheckEVM(ctx, old.Client); !errors.Is(err, ledger.ErrOldEVM) {
		t.Fatalf("CheckEVM on Shanghai: %v, want ErrOldEVM", err)
	}
	_, err = ledger.Deploy(ctx, old.Client, old.Keys[0], ledger.DefaultParams(), old.Commit)
	if !errors.Is(err, ledger.ErrOldEVM) {
		t.Fatalf("Deploy on Shanghai: %v, want ErrOldEVM", err)
	}
	_, err = ledger.New(ctx, old.Client, ledger.Addresses{}, old.Keys[0], ledger.WithEndpoint("http://127.0.0.1:1"))
	if !errors.Is(err, ledger.ErrOldEVM) || !strings.Contains(err.Error(), "chain at http://127.0.0.1:1 does not run the Cancun EVM (MCOPY missing)") {
		t.Fatalf("New on Shanghai: %v", err)
	}

	cur, err := simchain.New(simchain.WithAccounts(1))
	if err != nil {
		t.Fatal(err)
	}
	defer cur.Close()
	if err := ledger.CheckEVM(ctx, cur.Client); err != nil {
		t.Fatalf("CheckEVM on Osaka: %v", err)
	}
	if _, err := ledger.New(ctx, cur.Client, ledger.Addresses{}, cur.Keys[0]); err != nil {
		t.Fatalf("New on Osaka: %v", err)
	}
}
