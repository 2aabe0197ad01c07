package ledger

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/apiary-rl/apiary/ledger/bindings"
)

// verdictsABI packs the calls of the Verdicts module, which the Ledger
// forwards through Disputes by delegatecall: they too are sent to the
// Ledger's address.
var verdictsABI = bindings.NewVerdicts()

// ExternalClaim is the challenger's proof of a wrong external input
// (docs/PROTOCOL.md §3.8): input Input of the record is external, and Leaf is
// its name's leaf in the base model root (GroupRoot zero) or in the step's
// group root, tied to the batch root by the manifest leaf at ManifestAt.
type ExternalClaim struct {
	Record      RecordProof
	Input       uint8
	Leaf        NamedProof
	PayloadRoot [32]byte
	GroupRoot   [32]byte
	ManifestAt  Inclusion
}

// ProgramClaim is the challenger's proof of a wrong program: the skeleton
// leaf at SkeletonAt and, unless Record is empty (then only the record count
// is judged), the record at that index with its tensor roots opened to
// shapes (inputs, then outputs).
type ProgramClaim struct {
	Record       RecordProof
	Shapes       []ShapeProof
	SkeletonLeaf [32]byte
	SkeletonAt   Inclusion
}

// OutputClaim is the challenger's proof that a step's gradient is not its
// trace's output: the record (Sources says which, for parameter Param), the
// step's output root with its place in the trace root, and the gradient's
// leaf in it.
type OutputClaim struct {
	Record     RecordProof
	Sources    []byte
	Param      uint32
	StepOutput [32]byte
	StepAt     Inclusion
	Grad       NamedProof
}

// ConvictExternal submits a wrong-external proof in dispute id.
func (c *Client) ConvictExternal(ctx context.Context, id uint64, p ExternalClaim) (*DisputeResolved, error) {
	return c.verdict(ctx, "convict external", verdictsABI.PackConvictExternal(new(big.Int).SetUint64(id),
		normRecord(p.Record), p.Input, normNamed(p.Leaf), p.PayloadRoot, p.GroupRoot, normIncl(p.ManifestAt)))
}

// ConvictProgram submits a wrong-program proof in dispute id.
func (c *Client) ConvictProgram(ctx context.Context, id uint64, p ProgramClaim) (*DisputeResolved, error) {
	shapes := make([]ShapeProof, len(p.Shapes))
	for i, s := range p.Shapes {
		if s.Shape == nil {
			s.Shape = []uint32{}
		}
		shapes[i] = s
	}
	return c.verdict(ctx, "convict program", verdictsABI.PackConvictProgram(new(big.Int).SetUint64(id),
		normRecord(p.Record), shapes, p.SkeletonLeaf, normIncl(p.SkeletonAt)))
}

// ConvictOutput submits a wrong-output proof about a step in dispute id.
func (c *Client) ConvictOutput(ctx context.Context, id uint64, p OutputClaim) (*DisputeResolved, error) {
	if p.Sources == nil {
		p.Sources = []byte{}
	}
	return c.verdict(ctx, "convict output", verdictsABI.PackConvictOutput(new(big.Int).SetUint64(id),
		normRecord(p.Record), p.Sources, p.Param, p.StepOutput, normIncl(p.StepAt), normNamed(p.Grad)))
}

// ConvictUpdate submits a wrong-output proof about an update element in
// dispute id (no posted step root needed).
func (c *Client) ConvictUpdate(ctx context.Context, id uint64, p UpdateProof) (*DisputeResolved, error) {
	p.Update = normNamed(p.Update)
	p.UpdateSlice = normSlice(p.UpdateSlice)
	for i := range p.Grads {
		p.Grads[i] = normNamed(p.Grads[i])
	}
	for i := range p.GradSlices {
		p.GradSlices[i] = normSlice(p.GradSlices[i])
	}
	if p.StepOutputs == nil {
		p.StepOutputs = [][32]byte{}
	}
	return c.verdict(ctx, "convict update", verdictsABI.PackConvictUpdate(new(big.Int).SetUint64(id), p))
}

// RewardClaim is the challenger's proof of a wrong reward (docs/PROTOCOL.md
// §3.4, §3.8): the run's config bytes and the disputed step's payload bytes,
// tied to the commitment's batch root by the manifest leaf
// H(0x17 || H(Payload) || GroupRoot) at ManifestAt (index: the disputed step).
// RewardsLeaf, if not nil, is the leaf batch.rewards of GroupRoot: a tensor
// other than the payload's claimed rewards convicts too (the step trained on
// other rewards than its payload claims).
type RewardClaim struct {
	Config      []byte
	Payload     []byte
	GroupRoot   [32]byte
	ManifestAt  Inclusion
	RewardsLeaf *NamedProof
}

// namedProofArgs ABI-encodes one NamedProof (convictReward's rewardsLeaf bytes).
var namedProofArgs = func() abi.Arguments {
	t, err := abi.NewType("tuple", "struct NamedProof", []abi.ArgumentMarshaling{
		{Name: "nameHash", Type: "bytes32"}, {Name: "root", Type: "bytes32"},
		{Name: "inSet", Type: "tuple", Components: []abi.ArgumentMarshaling{
			{Name: "index", Type: "uint32"}, {Name: "count", Type: "uint32"}, {Name: "siblings", Type: "bytes32[]"}}},
	})
	if err != nil {
		panic(fmt.Sprintf("ledger: NamedProof ABI type: %v", err))
	}
	return abi.Arguments{{Type: t}}
}()

// ConvictReward submits a wrong-reward proof in dispute id (no posted step
// root needed). The chain recomputes the payload's problem and rewards from
// the config (RewardJudge): a wrong claimed reward, a wrong problem index, a
// group or completion count outside the run's shape, or a payload that is not
// a valid one of the dispute's run and round convicts; a right payload
// forfeits the bond. A proof that does not fit reverts.
func (c *Client) ConvictReward(ctx context.Context, id uint64, p RewardClaim) (*DisputeResolved, error) {
	if p.Config == nil {
		p.Config = []byte{}
	}
	if p.Payload == nil {
		p.Payload = []byte{}
	}
	leaf := []byte{}
	if p.RewardsLeaf != nil {
		var err error
		if leaf, err = namedProofArgs.Pack(normNamed(*p.RewardsLeaf)); err != nil {
			return nil, fmt.Errorf("ledger: convict reward: encode the rewards leaf: %w", err)
		}
	}
	return c.verdict(ctx, "convict reward", verdictsABI.PackConvictReward(new(big.Int).SetUint64(id),
		p.Config, p.Payload, p.GroupRoot, normIncl(p.ManifestAt), leaf))
}

func (c *Client) verdict(ctx context.Context, what string, data []byte) (*DisputeResolved, error) {
	r, err := c.transact(ctx, what, nil, data)
	if err != nil {
		return nil, err
	}
	return findEvent(r, c.ledger.UnpackDisputeResolvedEvent)
}

func normNamed(n bindings.NamedProof) bindings.NamedProof {
	n.InSet = normIncl(n.InSet)
	return n
}
