package checkpoint

import (
	"bytes"
	"maps"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
)

func FuzzDecode(f *testing.F) {
	// Small seeds: mutations of a large file would mostly land in the data.
	good, err := Encode([]Named{
		{"w", repops.FromData([]float32{1, -2, 3, 4}, 2, 2)},
		{"e", repops.New(0)},
		{"s", repops.FromData([]float32{0.5})},
	}, map[string]string{"k": "v"})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:len(good)-1])
	f.Add(rawFile(`{}`, 0))
	f.Add(rawFile(`{"__metadata__":{"a":"b"}}`, 0))
	f.Add(rawFile(`{`+entry("a", `"dtype":"F32","shape":[2],"data_offsets":[0,8]`)+`}`, 8))
	f.Add(rawFile(`{`+entry("a", `"dtype":"F32","shape":[0,9],"data_offsets":[0,0]`)+`,`+entry("b", `"dtype":"F32","shape":[],"data_offsets":[0,4]`)+`}`, 4))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, b []byte) {
		ts, meta, err := Decode(b)
		if err != nil {
			return
		}
		// Whatever Decode accepts, Encode can write, and the canonical bytes
		// decode to the same tensors.
		canon, err := Encode(ts, meta)
		if err != nil {
			t.Fatalf("Encode of decoded tensors: %v", err)
		}
		ts2, meta2, err := Decode(canon)
		if err != nil {
			t.Fatalf("Decode of canonical bytes: %v", err)
		}
		if len(ts2) != len(ts) || !maps.Equal(meta, meta2) {
			t.Fatalf("canonical round trip changed %d tensors %v into %d %v", len(ts), meta, len(ts2), meta2)
		}
		for i := range ts {
			if ts[i].Name != ts2[i].Name || !repops.Equal(ts[i].T, ts2[i].T) {
				t.Fatalf("tensor %d %q changed in the canonical round trip", i, ts[i].Name)
			}
		}
		if again, _ := Encode(ts2, meta2); !bytes.Equal(again, canon) {
			t.Fatal("canonical encoding is not a fixed point")
		}
	})
}

func FuzzDecodeConfig(f *testing.F) {
	f.Add([]byte(`{"layers":2,"width":64,"task":"add","lr":0.001}`))
	f.Add([]byte(`{"vocab":[1,2,3]}`))
	f.Add([]byte(`{"depth":1}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var c testConfig
		if err := DecodeConfig(b, &c); err != nil {
			return
		}
		var d testConfig
		if err := DecodeConfig(b, &d); err != nil {
			t.Fatalf("second decode failed: %v", err)
		}
	})
}
