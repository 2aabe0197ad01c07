package solo

import (
	"testing"

	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/rl"
	"github.com/apiary-rl/apiary/training/tasks"
	"github.com/apiary-rl/apiary/verify"
)

func benchTrainer(b *testing.B, obs repops.Observer) *rl.Trainer {
	b.Helper()
	e := repops.MustEngine(repops.WithObserver(obs))
	tr, err := rl.New(rl.DefaultConfig(), e, nil)
	if err != nil {
		b.Fatal(err)
	}
	return tr
}

// BenchmarkSFTStep is one warm-start step of the default model and batch.
func BenchmarkSFTStep(b *testing.B) {
	tr := benchTrainer(b, nil)
	for i := 0; b.Loop(); i++ {
		if _, err := tr.SFTStep(i); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRLStep is one GRPO round of the default config (32 prompts × 8
// completions: sampling, rewards, one update).
func BenchmarkRLStep(b *testing.B) {
	tr := benchTrainer(b, nil)
	tokens := 0
	for i := 0; b.Loop(); i++ {
		st, err := tr.RLStep(i)
		if err != nil {
			b.Fatal(err)
		}
		tokens += st.Tokens
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "sampled-tok/s")
}

// BenchmarkSampling measures KV-cached sampling throughput of the default
// model: 256 rows, 8 new tokens each.
func BenchmarkSampling(b *testing.B) {
	c := rl.DefaultConfig()
	m, err := model.New(c.Model, 1)
	if err != nil {
		b.Fatal(err)
	}
	e := repops.MustEngine()
	prompts := make([][]int, 256)
	for i := range prompts {
		p := tasks.TrainProblem(mustTask(b, c.Task), 1, c.Level, uint64(i))
		prompts[i], _ = tasks.EncodePrompt(p)
	}
	g := model.GenerateConfig{MaxNew: 8, Temperature: 1, EOS: -1, Pad: tasks.PAD, Stream: repops.NewStream(1, 0, 0, repops.PurposeSampling)}
	tokens := 0
	for b.Loop() {
		outs, err := m.Generate(e, prompts, g)
		if err != nil {
			b.Fatal(err)
		}
		for _, o := range outs {
			tokens += len(o)
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tok/s")
}

// BenchmarkStepRecording compares a warm-start step with recording off and
// on (a verify.Recorder hashing every tensor and building the step root).
func BenchmarkStepRecording(b *testing.B) {
	b.Run("off", func(b *testing.B) {
		tr := benchTrainer(b, nil)
		for i := 0; b.Loop(); i++ {
			tr.SFTStep(i % 8)
		}
	})
	b.Run("on", func(b *testing.B) {
		rec, err := verify.NewRecorder()
		if err != nil {
			b.Fatal(err)
		}
		tr := benchTrainer(b, rec)
		for i := 0; b.Loop(); i++ {
			rec.Reset()
			tr.SFTStep(i % 8)
			if _, err := rec.StepRoot(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func mustTask(b *testing.B, name string) tasks.Family {
	f, err := tasks.Get(name)
	if err != nil {
		b.Fatal(err)
	}
	return f
}
