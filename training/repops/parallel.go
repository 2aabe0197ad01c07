package repops

import "sync"

// minParallelWork is the amount of work (roughly, float operations) below
// which an operator runs on the calling goroutine: spawning costs more.
const minParallelWork = 1 << 17

// forRows runs f over [0,n) split into contiguous blocks across workers.
// Only independent outputs are ever split, so the split cannot change a bit.
// work is the approximate cost of one index.
func (e *Engine) forRows(n, work int, f func(lo, hi int)) { e.forBlocks(n, work, 1, f) }

// forBlocks is forRows with every block but the last a multiple of align
// rows (the SIMD matmul kernel works on 4-row blocks).
func (e *Engine) forBlocks(n, work, align int, f func(lo, hi int)) {
	w := e.nworkers()
	if w > n {
		w = n
	}
	if w <= 1 || n*work < minParallelWork {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	step := (n + w - 1) / w
	step = (step + align - 1) / align * align
	for lo := 0; lo < n; lo += step {
		hi := min(lo+step, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(lo, hi)
		}()
	}
	wg.Wait()
}
