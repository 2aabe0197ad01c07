package verify

import (
	"fmt"
	"math/bits"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/apiary-rl/apiary/training/repops"
)

// Parallel hashing of large tensors. The chunk tree is cut into aligned
// subtrees of a power-of-two number of chunks; goroutines hash whole
// subtrees and the subtree roots are folded on top. The tree is the same
// whatever the cut, so the root does not depend on the worker count.
const (
	// parallelMinChunks is the size (in chunks) below which a tensor is
	// hashed on the calling goroutine: 256 chunks is 16K elements, about
	// 50 µs of hashing, well above the cost of starting goroutines.
	parallelMinChunks = 256
	// minBlockChunks is the smallest subtree a goroutine takes at a time.
	minBlockChunks = 64
	// blocksPerWorker over-splits the tree so that workers finishing early
	// (the machine is shared) take more blocks.
	blocksPerWorker = 4
)

// TensorRoot returns the tensor root of t (docs/PROTOCOL.md 1.1), hashing
// large tensors on up to GOMAXPROCS goroutines. It panics if t's shape is
// invalid or disagrees with its data, which RepOps never produces; use
// TensorRootChecked for tensors from elsewhere.
func TensorRoot(t *repops.Tensor) Hash {
	r, err := TensorRootChecked(t)
	if err != nil {
		panic(err)
	}
	return r
}

// TensorRootChecked is TensorRoot returning an error (wrapping ErrBadShape)
// for an invalid tensor instead of panicking.
func TensorRootChecked(t *repops.Tensor) (Hash, error) {
	return tensorRoot(t, 0)
}

// tensorRoot hashes t on at most workers goroutines (0: GOMAXPROCS).
func tensorRoot(t *repops.Tensor, workers int) (Hash, error) {
	if err := checkTensor(t); err != nil {
		return Hash{}, err
	}
	d := dataRoot(t.Data, workers)
	h := getHasher()
	defer putHasher(h)
	return h.bindShape(t.Shape, &d), nil
}

// DataRoot returns the root of the chunk tree of data (bytes32(0) if empty),
// hashing large inputs on up to GOMAXPROCS goroutines.
func DataRoot(data []float32) Hash { return dataRoot(data, 0) }

func dataRoot(data []float32, workers int) Hash {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	n := NumChunks(len(data))
	if workers == 1 || n < parallelMinChunks {
		h := getHasher()
		defer putHasher(h)
		return h.subtreeRoot(data, 0, n, depthFor(uint64(n)))
	}
	return dataRootParallel(data, n, workers)
}

// subtreeRoot returns the root of chunks [lo, hi) of data as a subtree of
// depth levels (hi-lo ≤ 2^depth; missing chunks are padding).
func (h *hasher) subtreeRoot(data []float32, lo, hi, depth int) Hash {
	switch {
	case permute8 == nil:
		return h.chunksRoot(data, lo, hi, depth)
	case depth <= groupDepth:
		return h.groupRoot(data, lo, hi, depth)
	}
	// Groups of groupSize chunks (the last may be partial), hashed eight
	// at a time, folded one at a time above.
	b := builder{t: dataTree, h: h, base: groupDepth}
	for g := lo; g < hi; g += groupSize {
		b.add(h.groupRoot(data, g, min(g+groupSize, hi), groupDepth))
	}
	return b.rootAt(depth - groupDepth)
}

// chunksRoot is subtreeRoot one hash at a time.
func (h *hasher) chunksRoot(data []float32, lo, hi, depth int) Hash {
	b := builder{t: dataTree, h: h}
	for i := lo; i < hi; i++ {
		b.add(h.chunkLeaf(data, i))
	}
	return b.rootAt(depth)
}

func dataRootParallel(data []float32, n, workers int) Hash {
	// Blocks of 2^blockDepth chunks, about blocksPerWorker per worker.
	want := (n + workers*blocksPerWorker - 1) / (workers * blocksPerWorker)
	blockDepth := max(depthFor(uint64(want)), bits.Len(minBlockChunks)-1)
	size := 1 << blockDepth
	nblocks := (n + size - 1) / size
	roots := make([]Hash, nblocks)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(workers, nblocks) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h := getHasher()
			defer putHasher(h)
			for {
				j := int(next.Add(1) - 1)
				if j >= nblocks {
					return
				}
				roots[j] = h.subtreeRoot(data, j*size, min((j+1)*size, n), blockDepth)
			}
		}()
	}
	wg.Wait()
	h := getHasher()
	defer putHasher(h)
	b := builder{t: dataTree, h: h, base: blockDepth}
	for _, r := range roots {
		b.add(r)
	}
	root := b.root()
	if got, want := blockDepth+depthFor(uint64(nblocks)), depthFor(uint64(n)); got != want {
		panic(fmt.Sprintf("verify: parallel tree depth %d, want %d", got, want))
	}
	return root
}

// chunkLeaves returns every leaf of data's chunk tree (for proofs).
func chunkLeaves(data []float32) []Hash {
	h := getHasher()
	defer putHasher(h)
	leaves := make([]Hash, NumChunks(len(data)))
	for i := range leaves {
		leaves[i] = h.chunkLeaf(data, i)
	}
	return leaves
}
