package checkpoint

import (
	"encoding/binary"
	"errors"
	"strings"
	"testing"
)

// rawFile builds safetensors bytes from a header text and a buffer size.
func rawFile(header string, dataLen int) []byte {
	b := binary.LittleEndian.AppendUint64(nil, uint64(len(header)))
	b = append(b, header...)
	return append(b, make([]byte, dataLen)...)
}

func entry(name, body string) string { return `"` + name + `":{` + body + `}` }

func TestDecodeAccepts(t *testing.T) {
	for _, tc := range []struct {
		name   string
		header string
		data   int
		count  int
	}{
		{"minimal", `{}`, 0, 0},
		{"padded", `{}      `, 0, 0},
		{"json whitespace", "{\n}\n", 0, 0},
		{"spaces and other key order", `{ "w" : { "shape":[2], "dtype":"F32", "data_offsets":[0,8] } }`, 8, 1},
		{"offsets out of key order", `{` + entry("b", `"dtype":"F32","shape":[1],"data_offsets":[0,4]`) + `,` + entry("a", `"dtype":"F32","shape":[1],"data_offsets":[4,8]`) + `}`, 8, 2},
		{"zero-size", `{` + entry("z", `"dtype":"F32","shape":[0,70000,70000],"data_offsets":[0,0]`) + `}`, 0, 1},
		{"metadata only", `{"__metadata__":{"a":"b"}}`, 0, 0},
	} {
		ts, _, err := Decode(rawFile(tc.header, tc.data))
		if err != nil || len(ts) != tc.count {
			t.Errorf("%s: Decode = %d tensors, %v; want %d", tc.name, len(ts), err, tc.count)
		}
	}
	ts, _, _ := Decode(rawFile(`{`+entry("b", `"dtype":"F32","shape":[1],"data_offsets":[0,4]`)+`,`+entry("a", `"dtype":"F32","shape":[1],"data_offsets":[4,8]`)+`}`, 8))
	if ts[0].Name != "b" || ts[1].Name != "a" {
		t.Errorf("order %q, %q; want data order b, a", ts[0].Name, ts[1].Name)
	}
}

func TestDecodeRejects(t *testing.T) {
	ok := `"dtype":"F32","shape":[2],"data_offsets":[0,8]`
	huge := binary.LittleEndian.AppendUint64(nil, MaxHeaderSize+1)
	for _, tc := range []struct {
		name string
		b    []byte
		want string
	}{
		{"empty", nil, "too short"},
		{"short", []byte{1, 0, 0}, "too short"},
		{"header over limit", append(huge, "{}"...), "exceeds the limit"},
		{"header past end", append(binary.LittleEndian.AppendUint64(nil, 100), "{}"...), "exceeds the 2 bytes"},
		{"not an object", rawFile(`[]`, 0), "start with '{'"},
		{"leading space", rawFile(` {}`, 0), "start with '{'"},
		{"bad json", rawFile(`{"a":}`, 0), "header"},
		{"two objects", rawFile(`{}{}`, 0), "after the object"},
		{"trailing garbage", rawFile(`{}x`, 0), "after the object"},
		{"duplicate tensor", rawFile(`{`+entry("a", ok)+`,`+entry("a", ok)+`}`, 8), "appears twice"},
		{"duplicate field", rawFile(`{`+entry("a", ok+`,"dtype":"F32"`)+`}`, 8), "appears twice"},
		{"duplicate metadata", rawFile(`{"__metadata__":{"k":"1","k":"2"}}`, 0), "appears twice"},
		{"metadata not string", rawFile(`{"__metadata__":{"k":1}}`, 0), "want a string"},
		{"metadata null", rawFile(`{"__metadata__":null}`, 0), "JSON object"},
		{"unknown field", rawFile(`{`+entry("a", ok+`,"extra":1`)+`}`, 8), "unknown key"},
		{"case-folded field", rawFile(`{`+entry("a", `"DTYPE":"F32","shape":[2],"data_offsets":[0,8]`)+`}`, 8), "unknown key"},
		{"missing field", rawFile(`{`+entry("a", `"dtype":"F32","shape":[2]`)+`}`, 8), "has 2 of them"},
		{"entry not object", rawFile(`{"a":[1]}`, 0), "JSON object"},
		{"empty name", rawFile(`{`+entry("", ok)+`}`, 8), "empty tensor name"},
		{"f16", rawFile(`{`+entry("a", `"dtype":"F16","shape":[2],"data_offsets":[0,4]`)+`}`, 4), "not supported"},
		{"rank 5", rawFile(`{`+entry("a", `"dtype":"F32","shape":[1,1,1,1,2],"data_offsets":[0,8]`)+`}`, 8), "rank 5"},
		{"negative dim", rawFile(`{`+entry("a", `"dtype":"F32","shape":[-2],"data_offsets":[0,8]`)+`}`, 8), "out of range"},
		{"float dim", rawFile(`{`+entry("a", `"dtype":"F32","shape":[2.0],"data_offsets":[0,8]`)+`}`, 8), "shape"},
		{"null shape", rawFile(`{`+entry("a", `"dtype":"F32","shape":null,"data_offsets":[0,4]`)+`}`, 4), "want an array"},
		{"huge dim", rawFile(`{`+entry("a", `"dtype":"F32","shape":[2147483647,2147483647],"data_offsets":[0,8]`)+`}`, 8), "needs more data"},
		{"dim over int32", rawFile(`{`+entry("a", `"dtype":"F32","shape":[0,4294967296],"data_offsets":[0,0]`)+`}`, 0), "out of range"},
		{"three offsets", rawFile(`{`+entry("a", `"dtype":"F32","shape":[2],"data_offsets":[0,8,8]`)+`}`, 8), "has 3 values"},
		{"negative offset", rawFile(`{`+entry("a", `"dtype":"F32","shape":[2],"data_offsets":[-8,0]`)+`}`, 8), "data_offsets"},
		{"reversed offsets", rawFile(`{`+entry("a", `"dtype":"F32","shape":[0],"data_offsets":[8,0]`)+`}`, 8), "not within"},
		{"offsets past buffer", rawFile(`{`+entry("a", `"dtype":"F32","shape":[2],"data_offsets":[0,8]`)+`}`, 4), "not within"},
		{"size mismatch", rawFile(`{`+entry("a", `"dtype":"F32","shape":[3],"data_offsets":[0,8]`)+`}`, 12), "needs 12 bytes"},
		{"gap", rawFile(`{`+entry("a", `"dtype":"F32","shape":[1],"data_offsets":[4,8]`)+`}`, 8), "gap"},
		{"overlap", rawFile(`{`+entry("a", ok)+`,`+entry("b", `"dtype":"F32","shape":[1],"data_offsets":[4,8]`)+`}`, 8), "overlapping"},
		{"uncovered tail", rawFile(`{`+entry("a", ok)+`}`, 12), "tensors cover 8"},
		{"data without tensors", rawFile(`{}`, 4), "tensors cover 0"},
	} {
		_, _, err := Decode(tc.b)
		if err == nil {
			t.Errorf("%s: Decode succeeded, want an error", tc.name)
			continue
		}
		if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %q, want ErrInvalid mentioning %q", tc.name, err, tc.want)
		}
	}
}
