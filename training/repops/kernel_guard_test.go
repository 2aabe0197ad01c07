//go:build linux

package repops

import (
	"runtime/debug"
	"syscall"
	"testing"
	"unsafe"
)

// guardedFloats returns n float32s that end exactly where an inaccessible
// page begins, and start right after another one: a kernel that reads a
// byte outside the slice (say, a whole vector for a k tail) faults.
func guardedFloats(t *testing.T, n int) []float32 {
	t.Helper()
	page := syscall.Getpagesize()
	data := (n*4 + page - 1) / page * page
	mem, err := syscall.Mmap(-1, 0, data+2*page, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		t.Skipf("mmap: %v", err)
	}
	t.Cleanup(func() { _ = syscall.Munmap(mem) })
	if err := syscall.Mprotect(mem[:page], syscall.PROT_NONE); err != nil {
		t.Skipf("mprotect: %v", err)
	}
	if err := syscall.Mprotect(mem[page+data:], syscall.PROT_NONE); err != nil {
		t.Skipf("mprotect: %v", err)
	}
	end := page + data
	if n == 0 {
		return nil
	}
	return unsafe.Slice((*float32)(unsafe.Pointer(&mem[end-n*4])), n)
}

// TestKernelsStayInBounds runs every kernel with A, B and C each ending at
// a guard page (and, for the shortest rows, starting just after one), for
// every k tail length. A fault becomes a test failure, not a crash.
func TestKernelsStayInBounds(t *testing.T) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	for name, kern := range kernelsUnderTest() {
		for _, sh := range [][3]int{{1, 1, 1}, {1, 9, 3}, {4, 2, 5}, {5, 3, 7}, {4, 17, 12}, {9, 10, 15}, {4, 4, 16}, {3, 8, 33}} {
			m, n, k := sh[0], sh[1], sh[2]
			a, b, c := guardedFloats(t, m*k), guardedFloats(t, n*k), guardedFloats(t, m*n)
			rng := xorshift(uint64(m*n*k) + 5)
			rng.fill(a, kindUnit)
			rng.fill(b, kindUnit)
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("%s m=%d n=%d k=%d: %v", name, m, n, k, r)
					}
				}()
				kern(c, a, b, m, n, k)
			}()
			for i := 0; i < m; i++ {
				for j := 0; j < n; j++ {
					if want := specDot(a[i*k:(i+1)*k], b[j*k:(j+1)*k]); !sameBits(c[i*n+j], want) {
						t.Fatalf("%s m=%d n=%d k=%d: c[%d][%d] = %g, want %g", name, m, n, k, i, j, c[i*n+j], want)
					}
				}
			}
		}
	}
}
