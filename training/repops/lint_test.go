package repops

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// TestNumericContractLint enforces shared/DESIGN.md's RepOps rules on every
// non-test Go file under training/:
//   - a floating-point product that feeds + or - must be rounded explicitly
//     (float32(a*b) + c), or the compiler may fuse it into an FMA;
//   - no math.Exp/Log/Log1p/Expm1/Tanh/Pow/... (architecture-dependent);
//   - no math/rand, time, net or other repositories of ours.
func TestNumericContractLint(t *testing.T) {
	root := filepath.Join("..")
	dirs := map[string][]string{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") {
			dirs[filepath.Dir(path)] = append(dirs[filepath.Dir(path)], path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	keys := make([]string, 0, len(dirs))
	for k := range dirs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if len(keys) == 0 {
		t.Fatal("found no Go files under training/")
	}
	for _, dir := range keys {
		t.Logf("checked %s (%d files)", dir, len(dirs[dir]))
		for _, v := range lintPackage(t, dirs[dir]) {
			t.Error(v)
		}
	}
}

var bannedMath = map[string]bool{
	"Exp": true, "Exp2": true, "Expm1": true, "Log": true, "Log2": true, "Log10": true, "Log1p": true,
	"Tanh": true, "Sinh": true, "Cosh": true, "Pow": true, "Sin": true, "Cos": true, "Tan": true,
	"Erf": true, "Erfc": true, "Atan": true, "Atan2": true, "Cbrt": true, "FMA": true,
}

func bannedImport(p string) bool {
	switch {
	case p == "math/rand" || strings.HasPrefix(p, "math/rand/"), p == "time",
		p == "net" || strings.HasPrefix(p, "net/"), p == "os/exec", p == "unsafe":
		return true
	case strings.HasPrefix(p, "github.com/apiary-rl/apiary/") && !strings.HasPrefix(p, "github.com/apiary-rl/apiary/training/"):
		return true
	}
	return false
}

// TestLintCatchesViolations proves the lint can fail: a file with each kind
// of violation must produce one finding per violation.
func TestLintCatchesViolations(t *testing.T) {
	dir := t.TempDir()
	src := `package bad

import (
	"math"
	"math/rand"
)

func fma(a, b, c float32) float32  { return a*b + c }
func fma2(a, b, c float64) float64 { return c - (a * b) }
func acc(a, b float32) float32 {
	var s float32
	s += a * b
	return s
}
func ok(a, b, c float32, i, j, n int) (float32, int) { return float32(a*b) + c, i*n + j }
func bad(x float64) float64                          { return math.Exp(x) + float64(rand.Int()) }
`
	f := filepath.Join(dir, "bad.go")
	if err := os.WriteFile(f, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	got := lintPackage(t, []string{f})
	if len(got) != 5 {
		t.Fatalf("got %d findings, want 5 (import, 3 products, math.Exp):\n%s", len(got), strings.Join(got, "\n"))
	}
}

func lintPackage(t *testing.T, files []string) []string {
	fset := token.NewFileSet()
	var parsed []*ast.File
	var out []string
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		af, err := parser.ParseFile(fset, f, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		// Files for other GOARCHes still count for imports and calls, but
		// only files of this build are type-checked.
		for _, imp := range af.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if bannedImport(p) {
				out = append(out, fset.Position(imp.Pos()).String()+": training/ must not import "+p)
			}
		}
		if buildable(af, f) {
			parsed = append(parsed, af)
		}
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil), Error: func(error) {}}
	conf.Check("lint", fset, parsed, info)

	isFloatProduct := func(e ast.Expr) bool {
		e = ast.Unparen(e)
		b, ok := e.(*ast.BinaryExpr)
		if !ok || b.Op != token.MUL {
			return false
		}
		tv, ok := info.Types[b]
		if !ok || tv.Value != nil { // constants fold exactly at compile time
			return false
		}
		basic, ok := tv.Type.Underlying().(*types.Basic)
		return ok && basic.Info()&types.IsFloat != 0
	}
	for _, af := range parsed {
		ast.Inspect(af, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BinaryExpr:
				if (n.Op == token.ADD || n.Op == token.SUB) && (isFloatProduct(n.X) || isFloatProduct(n.Y)) {
					out = append(out, fset.Position(n.Pos()).String()+": float product feeds +/- without float32(...) rounding (FMA hazard)")
				}
			case *ast.AssignStmt:
				if (n.Tok == token.ADD_ASSIGN || n.Tok == token.SUB_ASSIGN) && len(n.Rhs) == 1 && isFloatProduct(n.Rhs[0]) {
					out = append(out, fset.Position(n.Pos()).String()+": float product feeds += / -= without float32(...) rounding (FMA hazard)")
				}
			case *ast.SelectorExpr:
				if id, ok := n.X.(*ast.Ident); ok && bannedMath[n.Sel.Name] {
					if pn, ok := info.Uses[id].(*types.PkgName); ok && pn.Imported().Path() == "math" {
						out = append(out, fset.Position(n.Pos()).String()+": math."+n.Sel.Name+" differs across architectures; use repops' own")
					}
				}
			}
			return true
		})
	}
	return out
}

// buildable reports whether a file belongs to this GOOS/GOARCH build, judged
// by its name suffix (enough for the files in training/).
func buildable(af *ast.File, name string) bool {
	base := strings.TrimSuffix(filepath.Base(name), ".go")
	for _, arch := range []string{"amd64", "arm64", "386", "riscv64", "arm", "ppc64le", "s390x", "wasm"} {
		if strings.HasSuffix(base, "_"+arch) {
			return arch == runtimeGOARCH()
		}
	}
	_ = af
	return true
}
