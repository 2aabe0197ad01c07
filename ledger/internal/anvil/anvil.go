package anvil

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Hardfork is the EVM version anvil runs: Prague, the latest fork anvil and
// mainnet share whose EVM the contracts (compiled for Cancun) run on.
const Hardfork = "prague"

// ChainID is the chain ID the node is started with.
const ChainID = 31337

// startTimeout bounds the wait for anvil to listen: generous, as it only
// matters when something is broken.
const startTimeout = time.Minute

// Node is a running anvil process.
type Node struct {
	// URL is its HTTP JSON-RPC endpoint on 127.0.0.1.
	URL string
	// Client is a JSON-RPC client of it.
	Client *ethclient.Client
	rpc    *rpc.Client
}

// Binary returns the path of the anvil binary that `make deps` installs,
// found from the working directory up to the module root.
func Binary() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("anvil: no go.mod above the working directory")
		}
		dir = parent
	}
	// The binary comes in the platform's optional dependency; where npm
	// skipped optional dependencies, the package's install script downloads
	// it next to itself instead.
	mods := filepath.Join(dir, "ledger", "contracts", "node_modules", "@foundry-rs")
	bin := filepath.Join(mods, "anvil-"+runtime.GOOS+"-"+runtime.GOARCH, "bin", "anvil")
	_, err = os.Stat(bin)
	if err != nil {
		fallback := filepath.Join(mods, "anvil", "anvil")
		if _, ferr := os.Stat(fallback); ferr == nil {
			return fallback, nil
		}
		return "", fmt.Errorf("anvil: %w", err)
	}
	return bin, nil
}

// Start starts anvil on 127.0.0.1 (a free port it picks itself) with the
// Prague EVM and a 60M block gas limit, mining each transaction as it
// arrives, and stops it when the test ends. Without the binary the test is
// skipped, or fails where CI=true.
func Start(t testing.TB) *Node {
	t.Helper()
	bin, err := Binary()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("anvil is not installed (run make deps): %v", err)
		}
		t.Skipf("anvil is not installed, skipping (run make deps to install it): %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), startTimeout)
	defer cancel()
	cmd := exec.Command(bin, "--host", "127.0.0.1", "--port", "0", "--hardfork", Hardfork,
		"--chain-id", fmt.Sprint(ChainID), "--gas-limit", "60000000", "--accounts", "1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		t.Fatalf("start anvil: %v", err)
	}
	tail := &lastLines{}
	listening := make(chan string, 1)
	drained := make(chan struct{})
	go watch(out, listening, tail, drained)
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-drained
		_ = cmd.Wait()
	})
	var addr string
	select {
	case addr = <-listening:
	case <-drained:
		t.Fatalf("anvil exited before listening; its output:\n%s", tail)
	case <-ctx.Done():
		t.Fatalf("anvil not listening after %v; its output:\n%s", startTimeout, tail)
	}
	n := &Node{URL: "http://" + addr}
	if n.rpc, err = rpc.DialContext(ctx, n.URL); err != nil {
		t.Fatalf("dial anvil: %v", err)
	}
	n.Client = ethclient.NewClient(n.rpc)
	t.Cleanup(n.Client.Close)
	id, err := n.Client.ChainID(ctx)
	if err != nil || id.Int64() != ChainID {
		t.Fatalf("anvil at %s: chain id %v, %v", n.URL, id, err)
	}
	return n
}

var listenLine = regexp.MustCompile(`Listening on (127\.0\.0\.1:[0-9]+)`)

// watch reads anvil's output, reports the address it listens on, keeps the
// last lines for error messages, and closes drained at EOF.
func watch(r io.Reader, listening chan<- string, tail *lastLines, drained chan<- struct{}) {
	defer close(drained)
	s := bufio.NewScanner(r)
	found := false
	for s.Scan() {
		line := s.Text()
		tail.add(line)
		if m := listenLine.FindStringSubmatch(line); m != nil && !found {
			found = true
			listening <- m[1]
		}
	}
}

// Fund sets each account's balance to wei (anvil_setBalance).
func (n *Node) Fund(ctx context.Context, wei *big.Int, accounts ...common.Address) error {
	for _, a := range accounts {
		if err := n.rpc.CallContext(ctx, nil, "anvil_setBalance", a, (*hexutil.Big)(wei)); err != nil {
			return fmt.Errorf("anvil: fund %s: %w", a, err)
		}
	}
	return nil
}

// IncreaseTime moves the chain's clock forward by d and mines a block.
func (n *Node) IncreaseTime(ctx context.Context, d time.Duration) error {
	if err := n.rpc.CallContext(ctx, nil, "evm_increaseTime", hexutil.Uint64(d/time.Second)); err != nil {
		return fmt.Errorf("anvil: increase time: %w", err)
	}
	if err := n.rpc.CallContext(ctx, nil, "evm_mine"); err != nil {
		return fmt.Errorf("anvil: mine: %w", err)
	}
	return nil
}

// lastLines keeps the last lines of a process's output.
type lastLines struct {
	mu    sync.Mutex
	lines []string
}

func (l *lastLines) add(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, s)
	if len(l.lines) > 40 {
		l.lines = l.lines[1:]
	}
}

func (l *lastLines) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.lines, "\n")
}
