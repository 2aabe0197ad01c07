package main

import (
	"os/exec"
	"sort"
	"strings"
	"testing"
)

const module = "github.com/apiary-rl/apiary"

// below is shared/DESIGN.md's layering: each layer and the layers it may
// import, directly or through the ones it names (nothing imports upward or
// sideways).
var below = map[string][]string{
	"cmd":      {"node", "testnet"},
	"testnet":  {"node"},
	"node":     {"swarm", "verify", "ledger", "training"},
	"swarm":    {"training", "verify"},
	"ledger":   {"verify"},
	"verify":   {"training"},
	"training": {},
}

// directOnly layers may import only the layers they name, not what those
// import: the binary wires nothing itself (STYLE.md: wire by hand in node/).
// Its tests may reach further down, to check what a command produced.
var directOnly = map[string]bool{"cmd": true}

// reachable returns the layers layer may import: itself and everything below.
func reachable(layer string) map[string]bool {
	seen := map[string]bool{layer: true}
	stack := []string{layer}
	for len(stack) > 0 {
		l := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, d := range below[l] {
			if !seen[d] {
				seen[d] = true
				stack = append(stack, d)
			}
		}
	}
	return seen
}

func layerOf(pkg string) string {
	rest := strings.TrimPrefix(strings.TrimPrefix(pkg, module), "/")
	return strings.SplitN(rest, "/", 2)[0]
}

// TestLayering fails if any package of the module (tests included) imports
// a package of a layer above or beside its own.
func TestLayering(t *testing.T) {
	out, err := exec.Command("go", "list", "-test", "-f", `{{.ImportPath}}{{range .Imports}} {{.}}{{end}}`, module+"/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	bad, checked := violations(strings.Split(strings.TrimSpace(string(out)), "\n"))
	if checked < 10 {
		t.Fatalf("go list returned only %d packages", checked)
	}
	for _, b := range bad {
		t.Errorf("layering: %s", b)
	}
}

// violations checks `go list` lines "pkg imp imp ...".
func violations(lines []string) (bad []string, checked int) {
	for _, line := range lines {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		pkg, imps := f[0], f[1:]
		test := len(imps) > 0 && strings.HasPrefix(imps[0], "[")
		if test {
			imps = imps[1:] // "pkg [pkg.test]": the package compiled with its tests
		}
		from := layerOf(pkg)
		if _, ok := below[from]; !ok {
			continue // generated test mains, internal tooling
		}
		checked++
		ok := reachable(from)
		if directOnly[from] && !test {
			ok = map[string]bool{from: true}
			for _, d := range below[from] {
				ok[d] = true
			}
		}
		for _, imp := range imps {
			if strings.HasPrefix(imp, module+"/") && !ok[layerOf(imp)] {
				bad = append(bad, pkg+" imports "+imp)
			}
		}
	}
	sort.Strings(bad)
	return bad, checked
}

func TestLayeringCatchesViolations(t *testing.T) {
	lines := []string{
		module + "/training/repops math " + module + "/verify",
		module + "/swarm/gossip " + module + "/ledger",
		module + "/node/solo " + module + "/training/rl " + module + "/verify",
		module + "/cmd/swarm " + module + "/ledger/devchain",
		module + "/cmd/swarm [" + module + "/cmd/swarm.test] " + module + "/ledger",
	}
	bad, _ := violations(lines)
	if len(bad) != 3 {
		t.Fatalf("got violations %v, want training->verify, swarm->ledger and cmd->ledger/devchain", bad)
	}
}
