// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Merkle, Inclusion, TensorSlice} from "./Merkle.sol";
import {OpRecord, OpRecordData} from "./OpRecord.sol";
import {ElementPrograms} from "./ElementPrograms.sol";
import {ProgramDelegate} from "./ProgramDelegate.sol";

/// @notice An op record with its place in a committed trace: record hash in
/// its step root, step root in the contribution (trace) root.
struct RecordProof {
    bytes record;
    Inclusion inStep;
    Inclusion inTrace;
}

/// @notice The constant-size proof about one output element of one op of a
/// committed trace (docs/LEDGER.md, "Dispute proof").
struct ElementProof {
    RecordProof target; // the disputed op
    bytes[] producers; // per input: the producing op's record (refKind 0), empty for external inputs
    Inclusion[] producerProofs; // per input: that record's inclusion in the same step
    uint8 slot; // output slot of the disputed element
    uint64 element; // element index in that output
    TensorSlice output; // the chunk holding the element, from the committed output
    TensorSlice[] inputs; // per input: the chunks the element program reads
}

/// @title Referee: the stateless judge of dispute proofs.
/// @notice Checks Merkle inclusion against a committed trace root, graph
/// consistency of the disputed op's inputs, and recomputes the disputed output
/// element with the bit-exact soft-float element programs. A proof that does
/// not fit the commitment reverts; a proof that fits yields a verdict.
contract Referee {
    /// @notice The delegate holding the IndexPrograms kinds (IndexReferee).
    address public immutable indexPrograms;
    /// @notice The delegate holding Sum, Mean and Adam (ReduceReferee).
    address public immutable reducePrograms;

    /// @notice Verdict: the committed element is what the element program computes.
    uint8 public constant SOLVER_RIGHT = 0;
    /// @notice Verdict: the committed element differs from the recomputed one.
    uint8 public constant WRONG_ELEMENT = 1;
    /// @notice Verdict: an input is not its producer's output (or the record
    /// misstates its own index or refers forward).
    uint8 public constant WRONG_GRAPH = 2;
    /// @notice Verdict: the committed shapes or attributes are impossible for the op.
    uint8 public constant WRONG_SHAPE = 3;

    /// @notice The proof's arrays do not match the record's inputs.
    error InputCountMismatch(uint256 inputs, uint256 producers, uint256 proofs, uint256 slices);
    /// @notice The named output slot or element does not exist.
    error NoSuchElement(uint8 slot, uint64 element);
    /// @notice A producer record proof is for another step or position.
    error ProducerMismatch(uint256 input);

    /// @notice The outcome of judge.
    struct Judgement {
        uint8 verdict;
        uint32 step;
        uint32 index;
        uint16 kind;
        uint32 computed;
        uint32 committed;
    }

    /// @param index_ the IndexReferee, reduce_ the ReduceReferee (deployed first).
    constructor(address index_, address reduce_) {
        indexPrograms = index_;
        reducePrograms = reduce_;
    }

    /// @notice Checks that p.record is record p.inStep.index of step
    /// p.inTrace.index of the trace with root traceRoot; returns its hash and
    /// step root. Reverts if not.
    function checkRecord(bytes32 traceRoot, RecordProof calldata p)
        public
        pure
        returns (bytes32 recordHash, bytes32 stepRoot)
    {
        recordHash = OpRecord.hash(p.record);
        stepRoot = Merkle.countedRoot(0x12, recordHash, p.inStep);
        bytes32 got = Merkle.countedRoot(0x13, stepRoot, p.inTrace);
        if (got != traceRoot) revert Merkle.RootMismatch(got, traceRoot);
    }

    /// @notice Checks a record as checkRecord and that s is a slice of its
    /// output slot. Used for forced reveals.
    function checkChunk(bytes32 traceRoot, RecordProof calldata p, uint8 slot, TensorSlice calldata s)
        external
        pure
        returns (bytes32 recordHash)
    {
        (recordHash,) = checkRecord(traceRoot, p);
        OpRecordData memory r = OpRecord.decode(p.record);
        if (slot >= r.outputs.length) revert NoSuchElement(slot, 0);
        Merkle.checkSlice(s, r.outputs[slot]);
    }

    /// @notice Judges a proof about one output element of a trace committed
    /// as traceRoot.
    function judge(bytes32 traceRoot, ElementProof calldata p) external view returns (Judgement memory j) {
        (, bytes32 stepRoot) = checkRecord(traceRoot, p.target);
        OpRecordData memory r = OpRecord.decode(p.target.record);
        j.step = p.target.inTrace.index;
        j.index = p.target.inStep.index;
        j.kind = r.kind;
        address delegate = _delegate(r.kind);
        if (delegate == address(0) && !ElementPrograms.supported(r.kind)) {
            revert ElementPrograms.UnsupportedKind(r.kind);
        }
        uint256 n = r.inputs.length;
        // EmbeddingGrad (kind 14) may carry further slices of its input 0 (dy).
        if (p.producers.length != n || p.producerProofs.length != n || p.inputs.length < n
                || (p.inputs.length > n && r.kind != 14)) {
            revert InputCountMismatch(n, p.producers.length, p.producerProofs.length, p.inputs.length);
        }
        if (r.index != p.target.inStep.index || !_graphConsistent(r, p, stepRoot)) {
            j.verdict = WRONG_GRAPH;
            return j;
        }
        for (uint256 i = 0; i < p.inputs.length; ++i) {
            Merkle.checkSlice(p.inputs[i], r.inputs[i < n ? i : 0].root);
        }
        if (p.slot >= r.outputs.length) revert NoSuchElement(p.slot, p.element);
        uint256 total = Merkle.checkSlice(p.output, r.outputs[p.slot]);
        if (p.element >= total) revert NoSuchElement(p.slot, p.element);
        (uint256 bits, bool ok) = delegate == address(0)
            ? ElementPrograms.compute(r, p.inputs, p.output, p.element)
            : _delegated(delegate);
        if (!ok) {
            j.verdict = WRONG_SHAPE;
            return j;
        }
        j.computed = uint32(bits);
        j.committed = uint32(Merkle.element(p.output, p.element));
        j.verdict = j.computed == j.committed ? SOLVER_RIGHT : WRONG_ELEMENT;
    }

    /// @dev The delegate contract holding kind's program, or 0 for the
    /// programs built in (ElementPrograms, RowPrograms).
    function _delegate(uint16 k) private view returns (address) {
        if (k == 13 || k == 14 || k == 20 || k == 21 || k == 39 || k == 40 || k == 42) return indexPrograms;
        if (k == 16 || k == 17 || k == 22) return reducePrograms;
        return address(0);
    }

    /// @dev Runs ProgramDelegate.compute(traceRoot, p) on delegate with this
    /// call's own arguments (judge and compute take the same ones), in a
    /// staticcall; a revert there reverts judge with the same data.
    function _delegated(address delegate) private view returns (uint256 bits, bool ok) {
        bytes4 sel = ProgramDelegate.compute.selector;
        assembly {
            let ptr := mload(0x40)
            calldatacopy(ptr, 0, calldatasize())
            mstore(ptr, or(and(mload(ptr), 0x00000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff), sel))
            if iszero(staticcall(gas(), delegate, ptr, calldatasize(), 0, 0)) {
                returndatacopy(ptr, 0, returndatasize())
                revert(ptr, returndatasize())
            }
            if iszero(eq(returndatasize(), 32)) { revert(0, 0) }
            returndatacopy(ptr, 0, 32)
            bits := and(mload(ptr), 0xffffffff)
            ok := iszero(shr(32, mload(ptr)))
        }
    }

    /// @dev Every refKind-0 input must be the named output slot of an earlier
    /// record of the same step, proven by its record and inclusion.
    function _graphConsistent(OpRecordData memory r, ElementProof calldata p, bytes32 stepRoot)
        private
        pure
        returns (bool)
    {
        for (uint256 i = 0; i < r.inputs.length; ++i) {
            if (r.inputs[i].refKind != 0) continue;
            if (r.inputs[i].producer >= r.index) return false;
            Inclusion calldata inc = p.producerProofs[i];
            if (inc.index != r.inputs[i].producer || inc.count != p.target.inStep.count) revert ProducerMismatch(i);
            bytes32 got = Merkle.countedRoot(0x12, OpRecord.hash(p.producers[i]), inc);
            if (got != stepRoot) revert Merkle.RootMismatch(got, stepRoot);
            OpRecordData memory q = OpRecord.decode(p.producers[i]);
            if (q.index != inc.index) return false;
            if (r.inputs[i].slot >= q.outputs.length || q.outputs[r.inputs[i].slot] != r.inputs[i].root) return false;
        }
        return true;
    }
}
