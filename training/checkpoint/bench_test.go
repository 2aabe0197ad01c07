package checkpoint

import (
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
)

// benchTensors is about one million parameters.
func benchTensors() []Named {
	var ts []Named
	for _, n := range []string{"a", "b", "c", "d"} {
		ts = append(ts, Named{n, repops.New(512, 512)})
	}
	return ts
}

func BenchmarkEncode1M(b *testing.B) {
	ts := benchTensors()
	b.SetBytes(4 << 20)
	for i := 0; i < b.N; i++ {
		if _, err := Encode(ts, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecode1M(b *testing.B) {
	raw, err := Encode(benchTensors(), nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	for i := 0; i < b.N; i++ {
		if _, _, err := Decode(raw); err != nil {
			b.Fatal(err)
		}
	}
}
