package repops

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// fmaTarget is one build whose compiler may fuse a multiply feeding an add
// into one instruction (the rules that do it carry useFMA in
// cmd/compile/internal/ssa/_gen/*.rules).
type fmaTarget struct {
	name, goarch, goamd64, tags string
}

// fmaTargets lists every Go target that fuses float multiply-adds: the
// compiler's rules exist only for these. (386 and wasm have no fused
// instruction; arm's MULAF is VMLA, which rounds the product first.)
var fmaTargets = []fmaTarget{
	{name: "arm64", goarch: "arm64"},
	{name: "riscv64", goarch: "riscv64"},
	{name: "amd64-v3", goarch: "amd64", goamd64: "v3"},
	{name: "amd64-v3-purego", goarch: "amd64", goamd64: "v3", tags: "purego"},
	{name: "ppc64le", goarch: "ppc64le"},
	{name: "s390x", goarch: "s390x"},
	{name: "loong64", goarch: "loong64"},
}

// fusedOp matches, per GOARCH, the Go assembler spellings of the fused
// multiply-add instructions (scalar and vector) in cmd/internal/obj's
// anames tables, and nothing else (not FMAX*, integer MADD or VPMADD*).
var fusedOp = map[string]*regexp.Regexp{
	"arm64":   regexp.MustCompile(`^(FN?M(ADD|SUB)[SD]|VFML[AS])$`),
	"riscv64": regexp.MustCompile(`^V?FN?M(ADD|SUB|ACC|SAC)`),
	"amd64":   regexp.MustCompile(`^V4?FN?M(ADD|SUB)`),
	"ppc64le": regexp.MustCompile(`^(FN?M(ADD|SUB)|X[SV]N?M(ADD|SUB)|VMADDFP|VNMSUBFP)`),
	"s390x":   regexp.MustCompile(`^(FM(ADD|SUB)S?|[VW]FN?M[AS]([SD]B)?)$`),
	"loong64": regexp.MustCompile(`^X?V?FN?M(ADD|SUB)[FD]`),
}

// fmaSite is one fused multiply-add instruction in compiled code.
type fmaSite struct {
	Func string // the symbol whose code holds it, e.g. pkg/path.Type.Method
	Pos  string // file:line the compiler gave the instruction
	Src  string // that source line, trimmed
	Op   string // the instruction mnemonic
}

func (s fmaSite) String() string {
	return fmt.Sprintf("%s in %s at %s: %q", s.Op, s.Func, s.Pos, s.Src)
}

// compileListing builds the packages matching pattern in dir for target
// with -gcflags=-S and returns the compiler's assembly listing. The build
// cache keeps and replays listings, so a warm run costs well under a second.
func compileListing(t *testing.T, dir string, tg fmaTarget, patterns ...string) string {
	t.Helper()
	args := []string{"build", "-gcflags=-S"}
	if tg.tags != "" {
		args = append(args, "-tags", tg.tags)
	}
	cmd := exec.CommandContext(t.Context(), "go", append(args, patterns...)...)
	cmd.Dir = dir
	amd64 := tg.goamd64
	if amd64 == "" {
		amd64 = "v1"
	}
	// GOFLAGS is cleared so that a caller's -race (which needs cgo) or
	// -trimpath (which hides file paths) cannot change the build.
	cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH="+tg.goarch, "GOAMD64="+amd64, "CGO_ENABLED=0", "GOFLAGS=")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("go %s in %s for %s: %v\n%s", strings.Join(args, " "), dir, tg.name, err, tail(stderr.String(), 2000))
	}
	return stderr.String()
}

// fusedSites returns every fused multiply-add in a -S listing for goarch,
// with the function that holds it and the source line it came from. A
// listing has a header line per function ("pkg.F STEXT size=..."), then
// one line per instruction: "\t0x0010 00016 (file.go:12)\tOP\targs".
// It is parsed by hand: regexps over every line are slow under -race.
func fusedSites(t *testing.T, listing, goarch string) (sites []fmaSite, funcs int) {
	t.Helper()
	re := fusedOp[goarch]
	if re == nil {
		t.Fatalf("no fused-op pattern for GOARCH %s", goarch)
	}
	wd, _ := os.Getwd()
	var fn string
	for line := range strings.Lines(listing) {
		line = strings.TrimSuffix(line, "\n")
		if name, rest, ok := strings.Cut(line, " "); ok && !strings.HasPrefix(line, "\t") && strings.HasPrefix(rest, "STEXT") {
			fn = name
			funcs++
			continue
		}
		pos, op, ok := instruction(line)
		if !ok || !re.MatchString(op) {
			continue
		}
		shown := pos
		if rel, err := filepath.Rel(wd, pos); err == nil && wd != "" {
			shown = rel
		}
		sites = append(sites, fmaSite{Func: fn, Pos: shown, Src: sourceLine(pos), Op: op})
	}
	return sites, funcs
}

// instruction splits "\t0x<hex> <decimal> (<pos>)\t<op>..." into pos and op.
func instruction(line string) (pos, op string, ok bool) {
	rest, ok := strings.CutPrefix(line, "\t0x")
	if !ok {
		return "", "", false
	}
	addr, rest, ok := strings.Cut(rest, " ")
	if !ok || strings.Trim(addr, "0123456789abcdef") != "" {
		return "", "", false
	}
	off, rest, ok := strings.Cut(rest, " (")
	if !ok || off == "" || strings.Trim(off, "0123456789") != "" {
		return "", "", false
	}
	pos, rest, ok = strings.Cut(rest, ")\t")
	if !ok {
		return "", "", false
	}
	op, _, _ = strings.Cut(rest, "\t")
	return pos, op, true
}

// sourceLine returns the trimmed text of "file:line", or "" if unreadable.
func sourceLine(pos string) string {
	i := strings.LastIndexByte(pos, ':')
	if i < 0 {
		return ""
	}
	n, err := strconv.Atoi(pos[i+1:])
	if err != nil || n < 1 {
		return ""
	}
	data, err := os.ReadFile(pos[:i])
	if err != nil {
		return ""
	}
	lines := strings.Split(string(data), "\n")
	if n > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[n-1])
}

// asmFusedSites scans the hand-written assembly under root (the listing
// covers only compiled Go) for fused multiply-add mnemonics of the file's
// GOARCH, or of every GOARCH when its name has no architecture suffix.
func asmFusedSites(t *testing.T, root string) []fmaSite {
	t.Helper()
	var sites []fmaSite
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".s") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		base := strings.TrimSuffix(filepath.Base(path), ".s")
		for i, line := range strings.Split(string(data), "\n") {
			code, _, _ := strings.Cut(line, "//")
			if j := strings.IndexByte(code, ':'); j >= 0 && !strings.ContainsAny(code[:j], " \t(") {
				code = code[j+1:] // a label
			}
			f := strings.Fields(code)
			if len(f) == 0 {
				continue
			}
			for arch, re := range fusedOp {
				if (strings.HasSuffix(base, "_"+arch) || !hasArchSuffix(base)) && re.MatchString(f[0]) {
					sites = append(sites, fmaSite{Func: "(assembly)", Pos: fmt.Sprintf("%s:%d", path, i+1), Src: strings.TrimSpace(line), Op: f[0]})
					break
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("scan assembly: %v", err)
	}
	return sites
}

func hasArchSuffix(base string) bool {
	for arch := range fusedOp {
		if strings.HasSuffix(base, "_"+arch) {
			return true
		}
	}
	return strings.HasSuffix(base, "_386") || strings.HasSuffix(base, "_arm") || strings.HasSuffix(base, "_wasm")
}

func tail(s string, n int) string {
	if len(s) > n {
		return "..." + s[len(s)-n:]
	}
	return s
}
