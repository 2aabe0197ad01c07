package repops

// Op describes one operator call as its observer sees it, after the outputs
// are computed. Inputs and Outputs are the engine's own tensors: an observer
// must treat them as read-only, and may identify them by pointer (operators
// never modify a tensor once returned).
type Op struct {
	Kind    Kind
	Attrs   []uint32
	Inputs  []*Tensor
	Outputs []*Tensor
}

// Observer receives every operator call of an Engine, in program order, on
// the goroutine that made the call. Package verify implements it to build
// op records and the trace root.
type Observer interface {
	Observe(op *Op)
}

// ObserverFunc adapts a function to the Observer interface.
type ObserverFunc func(op *Op)

// Observe calls f(op).
func (f ObserverFunc) Observe(op *Op) { f(op) }
