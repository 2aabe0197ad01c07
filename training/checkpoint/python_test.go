package checkpoint

import (
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"github.com/apiary-rl/apiary/training/autodiff"
	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/tasks"
)

// forwardPy is the numpy reference of docs/MODEL.md.
const forwardPy = "../../docs/examples/apiary_forward.py"

// numpyPython returns the first python3 on PATH that can import numpy. It
// skips the test where there is none, except under CI=true, where the set-up
// (make deps) installs Debian's python3-numpy and its absence is a failure.
func numpyPython(t *testing.T) string {
	t.Helper()
	for _, dir := range filepath.SplitList(os.Getenv("PATH")) {
		py := filepath.Join(dir, "python3")
		if _, err := os.Stat(py); err != nil {
			continue
		}
		if exec.Command(py, "-c", "import numpy").Run() == nil {
			return py
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no python3 with numpy on PATH (make deps installs Debian's python3-numpy)")
	}
	t.Skip("no python3 with numpy on PATH")
	return ""
}

// pyResult is what apiary_forward.py --json prints.
type pyResult struct {
	IDs           []int       `json:"ids"`
	Logits        [][]float64 `json:"logits"`
	CompletionIDs []int       `json:"completion_ids"`
}

// TestPythonForward checks docs/MODEL.md against the code: the numpy script
// there loads a checkpoint written by SaveModel, using only the safetensors
// format and the metadata, and its logits match the Go forward pass within
// float32 rounding, and its greedy completion matches model.Generate's.
func TestPythonForward(t *testing.T) {
	py := numpyPython(t)
	card := NewCard(model.Config{Vocab: tasks.VocabSize(), Dim: 16, Layers: 2, Heads: 4, FFN: 24, Context: 32, NormEps: 1e-5}, "add", 2)
	m, err := model.New(card.Model, 11)
	if err != nil {
		t.Fatal(err)
	}
	// Gains and biases start at 1 and 0; make them vary so that a wrong
	// orientation or a missing term shows.
	s := repops.NewStream(12, 0, 0, repops.PurposeInit)
	var off uint64
	for _, p := range m.Params {
		if p.Rank() == 1 {
			for j := range p.Data {
				p.Data[j] += 0.3 * s.Normal(off)
				off++
			}
		}
	}
	path := filepath.Join(t.TempDir(), "m.safetensors")
	if err := SaveModel(path, m, card); err != nil {
		t.Fatal(err)
	}
	const prompt = "12+345="
	out, err := exec.Command(py, forwardPy, path, prompt, "--json", "--max-new", "6").Output()
	if err != nil {
		t.Fatalf("%s: %v", forwardPy, err)
	}
	var got pyResult
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("script output %.300q: %v", out, err)
	}

	ids, err := tasks.EncodePrompt(tasks.Problem{Prompt: prompt})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.IDs, ids) {
		t.Fatalf("script encoded %v, tasks.EncodePrompt gives %v", got.IDs, ids)
	}
	e, err := repops.NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	b, err := model.NewBatch([][]int{ids}, tasks.PAD, card.Model.Context)
	if err != nil {
		t.Fatal(err)
	}
	tp := autodiff.NewTape(e)
	logits := m.Forward(tp, m.Vars(tp, false), b, nil).T
	if len(got.Logits) != len(ids) {
		t.Fatalf("script gave %d rows of logits, want %d", len(got.Logits), len(ids))
	}
	worst := 0.0
	for i, row := range got.Logits {
		if len(row) != card.Model.Vocab {
			t.Fatalf("row %d has %d logits, want %d", i, len(row), card.Model.Vocab)
		}
		for j, want := range row {
			g := float64(logits.Data[i*card.Model.Vocab+j])
			d := math.Abs(g - want)
			worst = max(worst, d)
			if d > 1e-5+1e-5*math.Abs(want) {
				t.Fatalf("logit [%d, %d]: Go %g, numpy %g", i, j, g, want)
			}
		}
	}
	t.Logf("largest |Go - numpy| logit difference: %.3g", worst)

	gen, err := m.Generate(e, [][]int{ids}, model.GenerateConfig{MaxNew: 6, EOS: tasks.EOS, Pad: tasks.PAD})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(gen[0], got.CompletionIDs) {
		t.Errorf("greedy completion: Go %v, numpy %v", gen[0], got.CompletionIDs)
	}
}
