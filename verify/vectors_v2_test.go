package verify

import (
	"encoding/binary"
	"encoding/hex"
	"strconv"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
)

// Vectors of docs/PROTOCOL.md §3 (protocol v2 commitments), the "v2" part of
// testdata/vectors.json. Tensors refer to the file's tensor vectors by name.

type namedVector struct {
	Name   string `json:"name"`
	Tensor string `json:"tensor"` // a tensor vector's name
	Root   Hash   `json:"tensorRoot"`
	Leaf   Hash   `json:"leaf"`
}

type skeletonVector struct {
	Preimage string `json:"preimage"` // hex, without the 0x19 prefix
	Leaf     Hash   `json:"leaf"`
}

type v2Vectors struct {
	About      string           `json:"about"`
	ModelState []namedVector    `json:"modelState"`
	ModelRoot  Hash             `json:"modelStateRoot"`
	Group      []namedVector    `json:"group"`
	GroupRoot  Hash             `json:"groupRoot"`
	Payloads   []Hash           `json:"payloadRoots"`
	Manifest   []Hash           `json:"manifestLeaves"` // (payloadRoots[i], groupRoot)
	BatchRoot  Hash             `json:"batchRoot"`
	Skeleton   []skeletonVector `json:"skeleton"`
	SkelRoot   Hash             `json:"skeletonRoot"`
	StepRoots  []Hash           `json:"stepRoots"`
	TraceRoot  Hash             `json:"traceRoot"`
	Run        Hash             `json:"run"`
	Address    string           `json:"address"` // 20 bytes, 0x-hex
	RunKey     string           `json:"runKey"`  // u64, decimal
	PeerKey    string           `json:"peerKey"`
}

func buildV2Vectors(t *testing.T, byName map[string]*repops.Tensor) v2Vectors {
	v := v2Vectors{About: "Protocol v2 (docs/PROTOCOL.md §3): named sets, batch, skeleton, trace root, Philox keys"}
	named := func(name, tensor string) (*repops.Tensor, namedVector) {
		src := byName[tensor]
		tt := &repops.Tensor{Shape: src.Shape, Data: src.Data, Name: name}
		r := TensorRoot(tt)
		return tt, namedVector{Name: name, Tensor: tensor, Root: r, Leaf: NamedLeaf(name, r)}
	}
	// A one-parameter model "w" with its Adam state.
	var ts []*repops.Tensor
	for _, nt := range [][2]string{{"w", "one_chunk_8x8"}, {"adam.m.w", "one_chunk_8x8"}, {"adam.v.w", "one_chunk_8x8"}} {
		tt, nv := named(nt[0], nt[1])
		ts = append(ts, tt)
		v.ModelState = append(v.ModelState, nv)
	}
	pow := repops.FromData([]float32{0.9, 0.99}, 2).Named(AdamPow)
	pr := TensorRoot(pow)
	byName["pow_0.9_0.99"] = pow
	v.ModelState = append(v.ModelState, namedVector{Name: AdamPow, Tensor: "pow_0.9_0.99", Root: pr, Leaf: NamedLeaf(AdamPow, pr)})
	root, err := ModelStateRoot(ts[:1], ts[1:2], ts[2:3], pow)
	if err != nil {
		t.Fatal(err)
	}
	v.ModelRoot = root

	tok, tv := named(BatchTokens, "three_chunks_3x50")
	mask, mv := named(BatchMask, "five_chunks_2x2x2x40")
	rew, rv := named(BatchRewards, "specials")
	v.Group = []namedVector{tv, mv, rv}
	if v.GroupRoot, err = GroupRoot(tok, mask, rew); err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		p := Keccak256([]byte("payload " + strconv.Itoa(i)))
		v.Payloads = append(v.Payloads, p)
		v.Manifest = append(v.Manifest, ManifestLeaf(p, v.GroupRoot))
	}
	v.BatchRoot = BatchRoot(v.Manifest)

	// The skeleton of MatMul(MatMul(x[2,3], w1[4,3]), w2[1,4]).
	sr := NewSkeletonRecorder()
	e := repops.MustEngine(repops.WithObserver(sr))
	x := repops.New(2, 3).Named("x")
	e.MatMul(e.MatMul(x, repops.New(4, 3).Named("w1")), repops.New(1, 4).Named("w2"))
	for _, s := range sr.Records() {
		l, err := s.Leaf()
		if err != nil {
			t.Fatal(err)
		}
		v.Skeleton = append(v.Skeleton, skeletonVector{Preimage: hex.EncodeToString(handSkeleton(s)), Leaf: l})
	}
	if v.SkelRoot, err = sr.Root(); err != nil {
		t.Fatal(err)
	}
	v.StepRoots = []Hash{v.ModelRoot, v.GroupRoot}
	v.TraceRoot = TraceRoot(v.StepRoots)
	v.Run = Keccak256([]byte("run"))
	var addr [20]byte
	for i := range addr {
		addr[i] = byte(0xA0 + i)
	}
	v.Address = "0x" + hex.EncodeToString(addr[:])
	rk, pk := PhiloxKeys(v.Run, addr)
	v.RunKey, v.PeerKey = strconv.FormatUint(rk, 10), strconv.FormatUint(pk, 10)
	return v
}

// handSkeleton writes a skeleton leaf's preimage (after the prefix) by hand.
func handSkeleton(s SkeletonRecord) []byte {
	var b []byte
	u32 := func(x uint32) { b = binary.BigEndian.AppendUint32(b, x) }
	shape := func(sh []int) {
		b = append(b, byte(len(sh)))
		for _, d := range sh {
			u32(uint32(d))
		}
	}
	b = append(b, byte(s.Kind>>8), byte(s.Kind), byte(len(s.Attrs)))
	for _, a := range s.Attrs {
		u32(a)
	}
	b = append(b, byte(len(s.Inputs)))
	for _, in := range s.Inputs {
		b = append(b, byte(in.Kind))
		if in.Kind == RefOutput {
			u32(in.Producer)
			b = append(b, in.Slot)
		} else {
			b = append(b, in.NameHash[:]...)
		}
		shape(in.Shape)
	}
	b = append(b, byte(len(s.Outputs)))
	for _, sh := range s.Outputs {
		shape(sh)
	}
	return b
}

// checkV2Independently recomputes the v2 vectors with the naive reference
// (reference_test.go) from the tensor roots of the file.
func checkV2Independently(t *testing.T, v v2Vectors, roots map[string]Hash) {
	leaf := func(nv namedVector) Hash {
		if roots[nv.Tensor] != nv.Root && nv.Tensor != "pow_0.9_0.99" {
			t.Errorf("%s: tensor root %v, want %v", nv.Name, nv.Root, roots[nv.Tensor])
		}
		n := refH([]byte(nv.Name))
		l := refH([]byte{0x14}, n[:], nv.Root[:])
		if l != nv.Leaf {
			t.Errorf("%s: leaf %v, want %v", nv.Name, nv.Leaf, l)
		}
		return l
	}
	pow := refTensorRoot([]int{2}, []float32{0.9, 0.99})
	if v.ModelState[3].Root != pow {
		t.Errorf("adam.pow root %v, want %v", v.ModelState[3].Root, pow)
	}
	var ml, gl []Hash
	for _, nv := range v.ModelState {
		ml = append(ml, leaf(nv))
	}
	for _, nv := range v.Group {
		gl = append(gl, leaf(nv))
	}
	if got := refCounted(0x15, ml); got != v.ModelRoot {
		t.Errorf("model state root %v, want %v", v.ModelRoot, got)
	}
	if got := refCounted(0x15, gl); got != v.GroupRoot {
		t.Errorf("group root %v, want %v", v.GroupRoot, got)
	}
	for i, p := range v.Payloads {
		if got := refH([]byte{0x17}, p[:], v.GroupRoot[:]); got != v.Manifest[i] {
			t.Errorf("manifest leaf %d: %v, want %v", i, v.Manifest[i], got)
		}
	}
	if got := refCounted(0x16, v.Manifest); got != v.BatchRoot {
		t.Errorf("batch root %v, want %v", v.BatchRoot, got)
	}
	var sl []Hash
	for i, s := range v.Skeleton {
		pre, _ := hex.DecodeString(s.Preimage)
		if got := refH([]byte{0x19}, pre); got != s.Leaf {
			t.Errorf("skeleton leaf %d: %v, want %v", i, s.Leaf, got)
		}
		sl = append(sl, s.Leaf)
	}
	if got := refCounted(0x1A, sl); got != v.SkelRoot {
		t.Errorf("skeleton root %v, want %v", v.SkelRoot, got)
	}
	if got := refCounted(0x13, v.StepRoots); got != v.TraceRoot {
		t.Errorf("trace root %v, want %v", v.TraceRoot, got)
	}
	addr, _ := hex.DecodeString(v.Address[2:])
	k := refH([]byte("apiary/philox/v1"), v.Run[:], addr)
	if got := strconv.FormatUint(binary.BigEndian.Uint64(k[:8]), 10); got != v.RunKey {
		t.Errorf("run key %s, want %s", v.RunKey, got)
	}
	if got := strconv.FormatUint(binary.BigEndian.Uint64(k[8:16]), 10); got != v.PeerKey {
		t.Errorf("peer key %s, want %s", v.PeerKey, got)
	}
}
