package ledger_test

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/referee"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

var updateGas = flag.Bool("gas.update", false, "rewrite docs/GAS.md from the measured gas")

// lastTx returns the gas used and calldata size of the latest block's only transaction.
func (e *env) lastTx() (gas uint64, calldata int) {
	e.t.Helper()
	b := check(e.chain.Client.BlockByNumber(e.ctx, nil))(e.t)
	if len(b.Transactions()) != 1 {
		e.t.Fatalf("block %d has %d transactions, want 1", b.NumberU64(), len(b.Transactions()))
	}
	tx := b.Transactions()[0]
	r := check(e.chain.Client.TransactionReceipt(e.ctx, tx.Hash()))(e.t)
	return r.GasUsed, len(tx.Data())
}

// gasStep records a tensor workload whose op `op` is what a resolution recomputes.
func gasStep(kind string) func(e *repops.Engine) {
	return func(e *repops.Engine) {
		rng := rand.New(rand.NewPCG(3, 3))
		fill := func(name string, shape ...int) *repops.Tensor { return normalTensor(rng, name, shape...) }
		switch kind {
		case "add":
			e.Add(fill("x", 64, 1024), fill("y", 64, 1024))
		case "add_row":
			e.AddRow(fill("x", 64, 1024), fill("b", 1024))
		case "matmul-96":
			e.MatMul(fill("x", 64, 96), fill("w", 64, 96))
		case "matmul-4096":
			e.MatMul(fill("x", 64, verify.MaxRow), fill("w", 64, verify.MaxRow))
		case "sum_rows-4096":
			e.SumRows(fill("x", 64, verify.MaxRow))
		case "silu":
			e.SiLU(fill("x", 64, 1024))
		case "softmax-256":
			e.Softmax(fill("x", 64, verify.MaxExpRow))
		case "cross_entropy_grad-256":
			ids := repops.New(64).Named("targets")
			for i := range ids.Data {
				ids.Data[i] = float32(rng.IntN(verify.MaxExpRow))
			}
			e.CrossEntropyGrad(fill("logits", 64, verify.MaxExpRow), ids, fill("dloss", 64))
		case "rmsnorm-4096":
			e.RMSNorm(fill("x", 64, verify.MaxRow), 1e-5)
		case "rmsnorm_grad-1024":
			e.RMSNormGrad(fill("x", 64, verify.MaxNormGradRow), fill("dy", 64, verify.MaxNormGradRow), 1e-5)
		case "embedding":
			e.Embedding(fill("table", 1024, 256), gasIDs(rng, 64, 1024))
		case "embedding_grad-4096/64":
			// The worst case: the disputed row's id (the last) at the most
			// positions allowed, spread so that each dy element read lies in
			// a chunk of its own.
			n := verify.MaxEmbeddingGradIDs
			ids := gasIDs(rng, n, 63)
			for p := 0; p < n; p += n / verify.MaxEmbeddingGradHits {
				ids.Data[p] = 63
			}
			e.EmbeddingGrad(fill("dy", n, 256), ids, 64)
		case "pick":
			e.Pick(fill("x", 64, 1024), gasIDs(rng, 64, 1024))
		case "pick_grad":
			e.PickGrad(fill("dy", 64), gasIDs(rng, 64, 1024), 1024)
		case "concat":
			e.Concat(1, fill("x", 64, 512), fill("y", 64, 512))
		case "slice":
			e.Slice(fill("x", 64, 1024), 1, 256, 768)
		case "reshape":
			e.Reshape(fill("x", 64, 1024), 256, 256)
		case "sum-4096":
			e.Sum(fill("x", 64, 64))
		case "mean-4096":
			e.Mean(fill("x", 64, 64))
		case "adam":
			e.Adam(fill("p", 64, 1024), fill("g", 64, 1024), fill("m", 64, 1024), fill("v", 64, 1024),
				repops.AdamConfig{LR: 1e-3, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8, WeightDecay: 0.01, C1: 10, C2: 1000})
		}
	}
}

// txMaxSize is geth's transaction pool limit on a transaction's size.
const txMaxSize = 128 << 10

// gasIDs returns n ids below v.
func gasIDs(rng *rand.Rand, n, v int) *repops.Tensor {
	ids := repops.New(n).Named("ids")
	for i := range ids.Data {
		ids.Data[i] = float32(rng.IntN(v))
	}
	return ids
}

// TestGasReport measures the gas of every Ledger operation and of dispute
// resolutions up to the largest supported row length, and checks (or, with
// -gas.update, rewrites) docs/GAS.md.
func TestGasReport(t *testing.T) {
	if testing.Short() {
		t.Skip("gas report in -short mode")
	}
	e := newEnv(t, 4, testParams())
	type row struct {
		op       string
		gas      uint64
		calldata int
		note     string
	}
	var rows []row
	measure := func(op, note string) {
		g, n := e.lastTx()
		rows = append(rows, row{op, g, n, note})
	}
	sub, solver, ch := e.clients[0], e.clients[1], e.clients[2]
	id := check(sub.CreateRun(e.ctx, runConfig(0), []string{"/ip4/127.0.0.1/tcp/4001/p2p/16Uiu2HAm"}, eth(30)))(t)
	measure("createRun", "3 rounds, 1 bootstrap address")
	check(solver.JoinRun(e.ctx, id, eth(100)))(t)
	measure("joinRun", "")
	check(ch.JoinRun(e.ctx, id, eth(100)))(t)
	check(ch.Commit(e.ctx, id, 0, commitment(2)))(t)
	measure("commit", "first commitment of a round")
	check(solver.Commit(e.ctx, id, 0, commitment(1)))(t)
	measure("commit", "second commitment of a round")

	// Disputes: one per workload, all on the solver's step 0; in each the
	// solver posts that workload's step root.
	kinds := []string{"add", "add_row", "matmul-96", "sum_rows-4096", "matmul-4096", "silu", "softmax-256",
		"cross_entropy_grad-256", "rmsnorm-4096", "rmsnorm_grad-1024", "embedding", "embedding_grad-4096/64", "pick",
		"pick_grad", "concat", "slice", "reshape", "sum-4096", "mean-4096", "adam"}
	for i, k := range kinds {
		rec := check(verify.RecordStep(gasStep(k), nil))(t)
		did := check(ch.OpenDispute(e.ctx, id, 0, e.addr(1), 0, eth(1)))(t)
		if i == 0 {
			measure("openDispute", "")
		}
		check(solver.PostStep(e.ctx, did, rec.StepRoot, uint32(len(rec.Records)), stepOutputs(1)))(t)
		if i == 0 {
			measure("postStep", "")
			check(ch.RequestReveal(e.ctx, did, ledger.RevealRequest{Record: 0, WithChunk: true, Chunk: 5}))(t)
			measure("requestReveal", "record and one output chunk")
			rp := check(referee.TraceOf(rec).ProveRecord(0, 0))(t)
			chunk := check(referee.Slice(rec.Ops[0].Outputs[0], 5*verify.ChunkElems, 5*verify.ChunkElems+1))(t)
			check(solver.Reveal(e.ctx, did, rp, chunk))(t)
			measure("reveal", "record and one chunk of a 65,536-element output")
		}
		n := rec.Ops[0].Outputs[0].Len()
		p := check(referee.RecordingProof(rec, 0, 0, n-1))(t)
		res, err := ch.Resolve(e.ctx, did, p)
		if err != nil {
			t.Fatalf("resolve %s: %v (so far: %v)", k, err, rows)
		}
		if ledger.Outcome(res.Outcome) != ledger.OutcomeSolverRight {
			t.Fatalf("%s: outcome %v", k, ledger.Outcome(res.Outcome))
		}
		shape := rec.Ops[0].Inputs[0].Shape
		measure("resolve "+k, fmt.Sprintf("inputs %v, last output element", shape))
	}
	did := check(ch.OpenDispute(e.ctx, id, 0, e.addr(1), 0, eth(1)))(t)
	check(solver.PostStep(e.ctx, did, [32]byte{1}, 6, stepOutputs(1)))(t)
	e.advance(11 * time.Minute)
	check(sub.Timeout(e.ctx, did))(t)
	measure("timeout", "challenger never answered")
	e.at(id, 0, tCommit)
	check(sub.CloseRound(e.ctx, id, 0))(t)
	measure("closeRound", "fixes the seed block")
	e.chain.Commit()
	e.chain.Commit()
	check(sub.CloseRound(e.ctx, id, 0))(t)
	measure("closeRound", "stores the beacon")
	check(ch.AttestContribution(e.ctx, id, 0, e.addr(1)))(t)
	measure("attestContribution", "2 contributions")
	check(solver.AttestContribution(e.ctx, id, 0, e.addr(2)))(t)
	e.at(id, 0, tFinal)
	check(sub.FinalizeRound(e.ctx, id, 0))(t)
	measure("finalizeRound", "2 final contributions")
	check(solver.ClaimReward(e.ctx, id, 0))(t)
	measure("claimReward", "reward and one verifier fee")
	check(solver.Withdraw(e.ctx))(t)
	measure("withdraw", "")
	e.at(id, 2, 0)
	check(solver.AttestModel(e.ctx, id, 2, [32]byte{1}))(t)
	measure("attestModel", "first vote")
	check(ch.AttestModel(e.ctx, id, 2, [32]byte{1}))(t)
	measure("attestModel", "majority reached")
	e.at(id, 2, tRound)
	check(solver.LeaveRun(e.ctx, id))(t)
	measure("leaveRun", "")

	var b bytes.Buffer
	fmt.Fprintf(&b, "# Gas per Ledger operation\n\n")
	fmt.Fprintf(&b, "Generated by `go test ./ledger -run TestGasReport -gas.update` on go-ethereum's simulated\n")
	fmt.Fprintf(&b, "backend (Osaka rules); contracts compiled by solc 0.8.37 (solcjs), optimizer 200 runs,\n")
	fmt.Fprintf(&b, "EVM cancun. Gas includes the 21,000 base and calldata. A resolution recomputes one output\n")
	fmt.Fprintf(&b, "element with the binary32 soft-float; a `-N` suffix is the kind's largest supported row\n")
	fmt.Fprintf(&b, "length (RowPrograms.limit: %d for MatMul, SumRows, RMSNorm, SoftmaxGrad, LogSoftmaxGrad;\n", verify.MaxRow)
	fmt.Fprintf(&b, "%d for Softmax, LogSoftmax, CrossEntropy and its gradient, one Exp per row element; %d for\n", verify.MaxExpRow, verify.MaxNormGradRow)
	fmt.Fprintf(&b, "RMSNormGrad; %d elements for Sum and Mean, which read the whole tensor). EmbeddingGrad takes at\n", verify.MaxRow)
	fmt.Fprintf(&b, "most %d ids, of which at most %d may equal the disputed row: `embedding_grad-%d/%d` is its worst\n",
		verify.MaxEmbeddingGradIDs, verify.MaxEmbeddingGradHits, verify.MaxEmbeddingGradIDs, verify.MaxEmbeddingGradHits)
	fmt.Fprintf(&b, "case, every dy element read in a chunk of its own with its own range proof. Inputs are standard\n")
	fmt.Fprintf(&b, "normal. Per-transaction gas cap under EIP-7825: %d; geth's transaction pool refuses\n", 1<<24)
	fmt.Fprintf(&b, "transactions above %d bytes.\n\n", txMaxSize)
	fmt.Fprintf(&b, "| operation | gas | calldata bytes | notes |\n|---|---:|---:|---|\n")
	var max uint64
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s | %d | %d | %s |\n", r.op, r.gas, r.calldata, r.note)
		if strings.HasPrefix(r.op, "resolve") && r.gas > max {
			max = r.gas
		}
	}
	fmt.Fprintf(&b, "\nLargest resolution: %d gas (%.0f%% of the per-transaction cap).\n", max, 100*float64(max)/float64(1<<24))
	if max > 1<<24 {
		t.Errorf("a resolution costs %d gas, above the EIP-7825 cap", max)
	}
	for _, r := range rows {
		if r.calldata > txMaxSize-1024 {
			t.Errorf("%s: %d bytes of calldata, too close to the transaction size limit %d", r.op, r.calldata, txMaxSize)
		}
	}
	t.Logf("\n%s", b.String())
	path := filepath.Join("..", "docs", "GAS.md")
	if *updateGas {
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	old, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(old, b.Bytes()) {
		t.Errorf("docs/GAS.md is stale (%v): run go test ./ledger -run TestGasReport -gas.update", err)
	}
	_ = math.MaxInt
}
