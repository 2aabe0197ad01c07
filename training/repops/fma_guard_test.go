package repops

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// fmaPackages are the packages whose float arithmetic must not fuse: all of
// training/, and node/compute, which aggregates the round's updates and
// applies Adam to θ_r on every node (an arm64 FMSUB there once made one node
// compute another θ_{r+1}: TestApplyBiasCorrectionDeterminism).
var fmaPackages = []string{"./training/...", "./node/compute/..."}

// TestCompiledCodeHasNoFMA is the compiled half of RepOps rule 3. Go may
// fuse t := a*b; t + c across statements (and through inlining), which
// TestNumericContractLint cannot see on the syntax tree. So this test
// cross-compiles the non-test code of fmaPackages for each fmaTarget, reads the compiler's assembly listing, and fails on any
// fused multiply-add instruction outside testdata/fma_allow.txt. It also
// scans hand-written assembly. It only compiles (no qemu); with a warm
// build cache it takes a few seconds, cold about half a minute per target.
func TestCompiledCodeHasNoFMA(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the cross-compiled FMA guard (it builds training/ for 7 targets)")
	}
	allow := loadFMAAllow(t, "testdata/fma_allow.txt")
	used := make([]bool, len(allow))
	ran := 0
	for _, tg := range fmaTargets {
		t.Run(tg.name, func(t *testing.T) {
			ran++
			sites, funcs := fusedSites(t, compileListing(t, "../..", tg, fmaPackages...), tg.goarch)
			if funcs < 100 {
				t.Fatalf("listing holds %d functions, want the whole of training/ (did -S print nothing?)", funcs)
			}
			for _, v := range unallowedSites(sites, allow, used) {
				t.Errorf("%s: %s", tg.name, v)
			}
			t.Logf("%d functions, %d fused multiply-adds (all allowed: %v)", funcs, len(sites), !t.Failed())
		})
	}
	for _, s := range asmFusedSites(t, "..") {
		t.Errorf("hand-written assembly must not use a fused multiply-add: %s", s)
	}
	if ran < len(fmaTargets) {
		return // a -run filter skipped targets: an unused entry proves nothing
	}
	for i, a := range allow {
		if !used[i] {
			t.Errorf("testdata/fma_allow.txt: entry for %s %q matched no instruction on any target; delete it", a.fn, a.line)
		}
	}
}

// TestFMAGuardCatchesFusion proves the guard can fail: it compiles
// testdata/fmaprobe, whose functions split a product and an add into two
// statements, for every target, and checks that each fusion the compiler's
// rules make is found with its function and source line, that the rounded
// form float32(a*b) + c never is, and that the allow-list rejects them.
func TestFMAGuardCatchesFusion(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the cross-compiled FMA guard's own test")
	}
	// What Go 1.26's rules fuse: every target fuses t + c; ppc64 and s390x
	// also fuse t - c; arm64, riscv64 and loong64 also fuse c - t.
	src := map[string]string{"MulAdd32": "return t + c", "MulAdd64": "return t + c", "MulSub32": "return t - c", "SubMul32": "return c - t"}
	want := map[string][]string{
		"arm64": {"MulAdd32", "MulAdd64", "MulSub32", "SubMul32"}, "riscv64": {"MulAdd32", "MulAdd64", "MulSub32", "SubMul32"},
		"loong64": {"MulAdd32", "MulAdd64", "MulSub32", "SubMul32"}, "ppc64le": {"MulAdd32", "MulAdd64", "MulSub32"},
		"s390x": {"MulAdd32", "MulAdd64", "MulSub32"}, "amd64": {"MulAdd32", "MulAdd64"},
	}
	allow := loadFMAAllow(t, "testdata/fma_allow.txt")
	for _, tg := range fmaTargets {
		t.Run(tg.name, func(t *testing.T) {
			sites, _ := fusedSites(t, compileListing(t, "testdata/fmaprobe", tg, "."), tg.goarch)
			got := map[string]int{}
			for _, s := range sites {
				fn := strings.TrimPrefix(s.Func, "fmaprobe.")
				got[fn]++
				if s.Src != src[fn] {
					t.Errorf("%s: source line %q, want %q", s, s.Src, src[fn])
				}
			}
			for _, fn := range want[tg.goarch] {
				if got[fn] != 1 {
					t.Errorf("%s: found %d fused multiply-adds, want 1 (sites: %v)", fn, got[fn], sites)
				}
			}
			if got["Rounded"] != 0 {
				t.Errorf("Rounded: float32(a*b) + c was fused: %v", sites)
			}
			if bad := unallowedSites(sites, allow, make([]bool, len(allow))); len(bad) != len(sites) {
				t.Errorf("allow-list let through %d of %d probe sites", len(sites)-len(bad), len(sites))
			}
			probe := []fmaAllow{{fn: "fmaprobe.MulAdd32", line: "return t + c", count: 1}}
			if bad := unallowedSites(sites, probe, make([]bool, 1)); len(bad) != len(sites)-1 {
				t.Errorf("an entry for MulAdd32 left %d of %d sites reported, want %d", len(bad), len(sites), len(sites)-1)
			}
		})
	}
}

// fmaAllow is one proven-exact fused site: at most count fused instructions
// per target in function fn attributed to a source line whose trimmed text
// is line. Keys are names and text, not line numbers, so edits elsewhere in
// a file do not invalidate them.
type fmaAllow struct {
	fn, line, why string
	count         int
}

// unallowedSites returns a message for each site the allow-list does not
// cover (within one target's build), marking the entries it uses.
func unallowedSites(sites []fmaSite, allow []fmaAllow, used []bool) []string {
	n := make([]int, len(allow))
	var out []string
	for _, s := range sites {
		ok := false
		for i, a := range allow {
			if a.fn == s.Func && a.line == s.Src {
				n[i]++
				used[i] = true
				ok = n[i] <= a.count
				break
			}
		}
		if !ok {
			out = append(out, s.String()+": fused multiply-add; round the product with float32(...) or prove it exact in testdata/fma_allow.txt")
		}
	}
	return out
}

// loadFMAAllow parses the allow-list strictly: records of "func", "line",
// "count" and one or more "why" lines, separated by blank lines; "#" starts
// a comment line.
func loadFMAAllow(t *testing.T, path string) []fmaAllow {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []fmaAllow
	var cur *fmaAllow
	flush := func(ln int) {
		if cur == nil {
			return
		}
		if cur.fn == "" || cur.line == "" || cur.count < 1 || cur.why == "" {
			t.Fatalf("%s:%d: record needs func, line, count ≥ 1 and why", path, ln)
		}
		out, cur = append(out, *cur), nil
	}
	lines := strings.Split(string(data), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "#") {
			continue
		}
		if strings.TrimSpace(l) == "" {
			flush(i + 1)
			continue
		}
		if cur == nil {
			cur = &fmaAllow{}
		}
		key, val, _ := strings.Cut(l, " ")
		val = strings.TrimSpace(val)
		switch {
		case key == "func" && cur.fn == "":
			cur.fn = val
		case key == "line" && cur.line == "":
			cur.line = val
		case key == "count" && cur.count == 0:
			if cur.count, err = strconv.Atoi(val); err != nil {
				t.Fatalf("%s:%d: count: %v", path, i+1, err)
			}
		case key == "why":
			cur.why = strings.TrimSpace(cur.why + " " + val)
		default:
			t.Fatalf("%s:%d: unexpected %q", path, i+1, l)
		}
	}
	flush(len(lines))
	seen := map[string]bool{}
	for _, a := range out {
		k := fmt.Sprintf("%s\x00%s", a.fn, a.line)
		if seen[k] {
			t.Fatalf("%s: two records for %s %q", path, a.fn, a.line)
		}
		seen[k] = true
	}
	return out
}
