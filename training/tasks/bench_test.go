package tasks

import "testing"

func BenchmarkTrainProblem(b *testing.B) {
	for _, name := range Names() {
		f, _ := Get(name)
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				TrainProblem(f, 1, 3, uint64(i))
			}
		})
	}
}

func BenchmarkEvalSet200(b *testing.B) {
	f, _ := Get("add")
	for i := 0; i < b.N; i++ {
		EvalSet(f, uint64(i), 3, 200)
	}
}

func BenchmarkReward(b *testing.B) {
	f, _ := Get("add")
	p := f.Generate(1, 4, 0)
	for i := 0; i < b.N; i++ {
		f.Reward(p, "12345")
	}
}
