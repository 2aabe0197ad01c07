package repops

import (
	"fmt"
	"runtime"
)

// Engine runs RepOps operators. Its settings (observer, kernel, workers)
// change how fast results come and what is reported, never their bits.
type Engine struct {
	obs     Observer
	kernel  Kernel
	mm      matmulKernel
	workers int
}

// Option configures an Engine.
type Option func(*Engine) error

// NewEngine returns an engine. Defaults: no observer, the fastest kernel this
// CPU supports (KernelAuto), and runtime.GOMAXPROCS(0) workers at each call.
func NewEngine(opts ...Option) (*Engine, error) {
	e := &Engine{kernel: KernelAuto}
	for _, o := range opts {
		if err := o(e); err != nil {
			return nil, err
		}
	}
	mm, err := kernelFor(e.kernel)
	if err != nil {
		return nil, err
	}
	e.mm = mm
	return e, nil
}

// MustEngine is NewEngine for options known to be valid; it panics on error.
func MustEngine(opts ...Option) *Engine {
	e, err := NewEngine(opts...)
	if err != nil {
		panic(err)
	}
	return e
}

// WithObserver reports every operator call to o.
func WithObserver(o Observer) Option {
	return func(e *Engine) error { e.obs = o; return nil }
}

// WithKernel selects the matrix-product kernel.
func WithKernel(k Kernel) Option {
	return func(e *Engine) error { e.kernel = k; return nil }
}

// WithWorkers fixes the number of goroutines an operator may use (0 means
// runtime.GOMAXPROCS(0) at each call). Results do not depend on it.
func WithWorkers(n int) Option {
	return func(e *Engine) error {
		if n < 0 {
			return fmt.Errorf("repops: negative worker count %d", n)
		}
		e.workers = n
		return nil
	}
}

// Observer returns the engine's observer (nil if none).
func (e *Engine) Observer() Observer { return e.obs }

// Kernel returns the matrix-product kernel in use (never KernelAuto).
func (e *Engine) Kernel() Kernel {
	if e.kernel == KernelAuto {
		return bestKernel()
	}
	return e.kernel
}

// WithObserver returns a copy of e reporting to o (nil: recording off).
func (e *Engine) WithObserver(o Observer) *Engine {
	c := *e
	c.obs = o
	return &c
}

func (e *Engine) nworkers() int {
	if e.workers > 0 {
		return e.workers
	}
	return runtime.GOMAXPROCS(0)
}

// emit reports an operator call to the observer, if any. The nil check is
// the whole cost of recording being off.
func (e *Engine) emit(k Kind, attrs []uint32, ins []*Tensor, outs ...*Tensor) {
	if e.obs == nil {
		return
	}
	e.obs.Observe(&Op{Kind: k, Attrs: attrs, Inputs: ins, Outputs: outs})
}
