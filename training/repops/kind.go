package repops

import "fmt"

// Kind identifies an operator in a trace. The numeric values are part of the
// commitment format (docs/PROTOCOL.md) and of the on-chain referee: never
// renumber a kind, only append.
type Kind uint16

// Operator kinds. The element program of each is in docs/REPOPS.md; the
// attribute layout (Op.Attrs, uint32 words, floats as IEEE-754 bits) is
// given after each name.
const (
	KindInvalid          Kind = iota
	KindMatMul                // A[..,m,k], B[..,n,k] -> C[..,m,n] = A·Bᵀ; no attrs
	KindTranspose             // X[..,m,n] -> [..,n,m]; no attrs
	KindAdd                   // X + Y, same shapes
	KindSub                   // X - Y
	KindMul                   // X * Y
	KindDiv                   // X / Y
	KindScale                 // X * s; attrs [bits(s)]
	KindAddRow                // X[..,n] + b[n]
	KindSoftmax               // row softmax over the last dimension
	KindLogSoftmax            // row log-softmax over the last dimension
	KindRMSNorm               // x * 1/sqrt(mean(x²)+eps) per row; attrs [bits(eps)]
	KindSiLU                  // x * sigmoid(x)
	KindEmbedding             // table[V,d], ids[n] -> [n,d]
	KindEmbeddingGrad         // dy[n,d], ids[n] -> [V,d] scatter-add; attrs [V]
	KindCausalMask            // X[..,t,s] -> -Inf where col > row+offset; attrs [offset]
	KindSum                   // all elements -> [1]
	KindMean                  // all elements -> [1]
	KindSumRows               // X[..,n] -> [..] row sums
	KindCrossEntropy          // logits[m,V], targets[m] -> loss[m]
	KindConcat                // X0, X1, ... along axis; attrs [axis]
	KindSlice                 // X along axis [start,end); attrs [axis, start, end]
	KindAdam                  // p, g, m, v -> p', m', v'; attrs see docs/REPOPS.md
	KindSoftmaxGrad           // y, dy -> dx
	KindLogSoftmaxGrad        // y, dy -> dx
	KindRMSNormGrad           // x, dy -> dx; attrs [bits(eps)]
	KindSiLUGrad              // x, dy -> dx
	KindCrossEntropyGrad      // logits[m,V], targets[m], dloss[m] -> dlogits
	KindMulRow                // X[..,n] * w[n]
	KindExp                   // exp(x)
	KindLog                   // log(x)
	KindMaximum               // max(x, y) elementwise
	KindMinimum               // min(x, y) elementwise
	KindClamp                 // min(max(x, lo), hi); attrs [bits(lo), bits(hi)]
	KindSample                // probs[m,V] -> ids[m]; attrs [key0, key1, ctr0, ctr1]
	KindSigmoid               // 1/(1+exp(-x))
	KindTanh                  // tanh(x)
	KindSelect                // c != 0 ? x : y
	KindLessEqual             // x <= y ? 1 : 0
	KindPick                  // X[m,V], ids[m] -> [m], y_i = X[i, ids_i]
	KindPickGrad              // dy[m], ids[m] -> [m,V] one-hot scatter; attrs [V]
	KindSqrt                  // sqrt(x)
	KindReshape               // same data, new shape; no attrs (the shape is in the output root)
	numKinds
)

var kindNames = [...]string{
	KindInvalid: "invalid", KindMatMul: "matmul", KindTranspose: "transpose",
	KindAdd: "add", KindSub: "sub", KindMul: "mul", KindDiv: "div", KindScale: "scale",
	KindAddRow: "add_row", KindSoftmax: "softmax", KindLogSoftmax: "log_softmax",
	KindRMSNorm: "rmsnorm", KindSiLU: "silu", KindEmbedding: "embedding",
	KindEmbeddingGrad: "embedding_grad", KindCausalMask: "causal_mask", KindSum: "sum",
	KindMean: "mean", KindSumRows: "sum_rows", KindCrossEntropy: "cross_entropy",
	KindConcat: "concat", KindSlice: "slice", KindAdam: "adam",
	KindSoftmaxGrad: "softmax_grad", KindLogSoftmaxGrad: "log_softmax_grad",
	KindRMSNormGrad: "rmsnorm_grad", KindSiLUGrad: "silu_grad",
	KindCrossEntropyGrad: "cross_entropy_grad", KindMulRow: "mul_row", KindExp: "exp",
	KindLog: "log", KindMaximum: "maximum", KindMinimum: "minimum", KindClamp: "clamp",
	KindSample: "sample", KindSigmoid: "sigmoid", KindTanh: "tanh", KindSelect: "select",
	KindLessEqual: "less_equal", KindPick: "pick", KindPickGrad: "pick_grad", KindSqrt: "sqrt", KindReshape: "reshape",
}

// String returns the operator's name as docs/REPOPS.md spells it.
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", uint16(k))
}

// Valid reports whether k names a defined operator.
func (k Kind) Valid() bool { return k > KindInvalid && k < numKinds }
