// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {DisputeBase} from "./DisputeBase.sol";
import {Referee, RecordProof} from "./Referee.sol";
import {Merkle, Inclusion, TensorSlice} from "./Merkle.sol";
import {OpRecord, OpRecordData} from "./OpRecord.sol";
import {SoftFloat32} from "./SoftFloat32.sol";
import {RewardJudge, StepContext} from "./RewardJudge.sol";
import {
    Dispute, DisputeOutcome, Commitment, NamedProof, ShapeProof, UpdateProof
} from "./LedgerTypes.sol";

/// @title Verdicts: the convictions that are not about one element
/// (docs/PROTOCOL.md 3.8): wrong external, wrong program, wrong output,
/// wrong reward. Each
/// checks a constant-size proof against the run's and the commitment's
/// roots; a proof that does not fit reverts, a proof that fits convicts the
/// solver or, when the solver's value is the committed one, forfeits the
/// challenger's bond as a wrong element proof would. Deployed once as the
/// Verdicts module; runs only by delegatecall from the Ledger through Disputes.
contract Verdicts is DisputeBase {
    /// @notice The RewardJudge that convictReward consults (an immutable in
    /// this module's code, so it reads the same under delegatecall).
    address public immutable rewardJudge;

    /// @param judge the RewardJudge contract (nonzero).
    constructor(address judge) {
        if (judge == address(0)) revert BadParams("zero reward judge");
        rewardJudge = judge;
    }

    /// @dev Convicts the solver.
    function _convict(uint256 id, Dispute storage d, DisputeOutcome o) internal {
        _solverLoses(id, d, o);
    }

    /// @dev Forfeits the challenger's bond.
    function _acquit(uint256 id, Dispute storage d) internal {
        _challengerLoses(id, d, DisputeOutcome.ProofSolverRight);
    }

    /// @dev The posted step root as a one-step trace root.
    function _stepTraceOf(Dispute storage d) internal view returns (bytes32) {
        return _stepTrace(d.stepRoot);
    }

    /// @notice Wrong external: input `input` of a record of the disputed step
    /// is external with name hash n and root t, and `leaf` is (n, t') in the
    /// base model root (groupRoot zero) or in the step's group root, which
    /// the manifest leaf H(0x17 || payloadRoot || groupRoot) ties to the
    /// committed batch root at index step. t != t' convicts.
    function convictExternal(
        uint256 id,
        RecordProof calldata rec,
        uint8 input,
        NamedProof calldata leaf,
        bytes32 payloadRoot,
        bytes32 groupRoot,
        Inclusion calldata manifestAt
    ) external {
        Dispute storage d = _challengerTurn(id, true);
        OpRecordData memory r = _record(d, rec);
        if (input >= r.inputs.length || r.inputs[input].refKind != 1) revert VerdictMismatch(id, "not an external input");
        if (leaf.nameHash != r.inputs[input].nameHash) revert VerdictMismatch(id, "name");
        Commitment storage c = _commits[d.runId][d.round][d.solver];
        bytes32 set = c.base;
        if (groupRoot != 0) {
            if (manifestAt.index != d.step || manifestAt.count != c.nsteps) revert VerdictMismatch(id, "manifest position");
            bytes32 ml = keccak256(abi.encodePacked(bytes1(0x17), payloadRoot, groupRoot));
            _expect(Merkle.countedRoot(0x16, ml, manifestAt), c.batchRoot);
            set = groupRoot;
        }
        _expect(Merkle.countedRoot(0x15, _named(leaf), leaf.inSet), set);
        if (leaf.root != r.inputs[input].root) return _convict(id, d, DisputeOutcome.ProofWrongExternal);
        _acquit(id, d);
    }

    /// @notice Wrong program: the run's skeleton has `skeletonAt.count`
    /// records and leaf `skeletonLeaf` at skeletonAt.index. A posted record
    /// count (or the record proof's count) that differs convicts; otherwise
    /// the record at that index, its tensor roots opened to shapes (inputs,
    /// then outputs), must give the same skeleton leaf (rec.record empty:
    /// the count alone is judged).
    function convictProgram(
        uint256 id,
        RecordProof calldata rec,
        ShapeProof[] calldata shapes,
        bytes32 skeletonLeaf,
        Inclusion calldata skeletonAt
    ) external {
        Dispute storage d = _challengerTurn(id, true);
        _expect(Merkle.countedRoot(0x1A, skeletonLeaf, skeletonAt), _runs[d.runId].cfg.skeletonRoot);
        if (skeletonAt.count != d.nrecords) return _convict(id, d, DisputeOutcome.ProofWrongProgram);
        if (rec.record.length == 0) return _acquit(id, d);
        OpRecordData memory r = _record(d, rec);
        if (rec.inStep.count != skeletonAt.count) return _convict(id, d, DisputeOutcome.ProofWrongProgram);
        if (rec.inStep.index != skeletonAt.index) revert VerdictMismatch(id, "record position");
        if (shapes.length != r.inputs.length + r.outputs.length) revert VerdictMismatch(id, "shape count");
        bytes memory b = abi.encodePacked(bytes1(0x19), r.kind, uint8(r.attrs.length));
        for (uint256 i = 0; i < r.attrs.length; ++i) b = abi.encodePacked(b, r.attrs[i]);
        b = abi.encodePacked(b, uint8(r.inputs.length));
        for (uint256 i = 0; i < r.inputs.length; ++i) {
            b = r.inputs[i].refKind == 0
                ? abi.encodePacked(b, uint8(0), r.inputs[i].producer, r.inputs[i].slot)
                : abi.encodePacked(b, uint8(1), r.inputs[i].nameHash);
            b = _shape(b, shapes[i], r.inputs[i].root);
        }
        b = abi.encodePacked(b, uint8(r.outputs.length));
        for (uint256 i = 0; i < r.outputs.length; ++i) {
            b = _shape(b, shapes[r.inputs.length + i], r.outputs[i]);
        }
        if (keccak256(b) != skeletonLeaf) return _convict(id, d, DisputeOutcome.ProofWrongProgram);
        _acquit(id, d);
    }

    /// @notice Wrong output: `sources` (5 bytes per parameter: u32 record ||
    /// u8 slot, committed by the run's outputsRoot) says which record and
    /// slot produce gradient `param`; `stepOutput` is the step's committed
    /// output root s_k (at index step of the trace root) and `grad` its leaf
    /// at index param. The record's output root differing from the leaf's
    /// root (or s_k not holding one leaf per parameter) convicts.
    function convictOutput(
        uint256 id,
        RecordProof calldata rec,
        bytes calldata sources,
        uint32 param,
        bytes32 stepOutput,
        Inclusion calldata stepAt,
        NamedProof calldata grad
    ) external {
        Dispute storage d = _challengerTurn(id, true);
        if (sources.length % 5 != 0 || keccak256(abi.encodePacked(bytes1(0x1B), sources)) != _runs[d.runId].cfg.outputsRoot) {
            revert VerdictMismatch(id, "sources");
        }
        uint256 nparams = sources.length / 5;
        if (param >= nparams) revert VerdictMismatch(id, "parameter");
        uint32 record = uint32(bytes4(sources[param * 5:param * 5 + 4]));
        uint8 slot = uint8(sources[param * 5 + 4]);
        OpRecordData memory r = _record(d, rec);
        if (rec.inStep.index != record || slot >= r.outputs.length) revert VerdictMismatch(id, "record position");
        Commitment storage c = _commits[d.runId][d.round][d.solver];
        if (stepAt.index != d.step || stepAt.count != c.nsteps) revert VerdictMismatch(id, "step position");
        _expect(Merkle.countedRoot(0x13, stepOutput, stepAt), c.traceRoot);
        if (grad.inSet.index != param) revert VerdictMismatch(id, "leaf position");
        _expect(Merkle.countedRoot(0x15, _named(grad), grad.inSet), stepOutput);
        if (grad.inSet.count != nparams || grad.root != r.outputs[slot]) {
            return _convict(id, d, DisputeOutcome.ProofWrongOutput);
        }
        _acquit(id, d);
    }

    /// @notice Wrong output of the update: element `element` of the update's
    /// gradient `param` must be the sequential binary32 sum, from +0, of the
    /// same element of that gradient in every step (docs/PROTOCOL.md 3.6).
    /// Needs no posted step root. A sum that differs (or a step gradient of
    /// another shape than the update's) convicts.
    function convictUpdate(uint256 id, UpdateProof calldata p) external {
        Dispute storage d = _challengerTurn(id, false);
        Commitment storage c = _commits[d.runId][d.round][d.solver];
        uint256 n = p.stepOutputs.length;
        if (n != c.nsteps || p.grads.length != n || p.gradSlices.length != n) revert VerdictMismatch(id, "step count");
        _expect(_fullRoot(0x13, p.stepOutputs), c.traceRoot);
        if (p.update.inSet.index != p.param) revert VerdictMismatch(id, "leaf position");
        _expect(Merkle.countedRoot(0x15, _named(p.update), p.update.inSet), c.updateRoot);
        uint256 total = Merkle.checkSlice(p.updateSlice, p.update.root);
        if (p.element >= total) revert VerdictMismatch(id, "element");
        uint256 acc = 0;
        bool misshapen = false;
        for (uint256 k = 0; k < n; ++k) {
            NamedProof calldata g = p.grads[k];
            if (g.inSet.index != p.param || g.nameHash != p.update.nameHash) revert VerdictMismatch(id, "leaf position");
            _expect(Merkle.countedRoot(0x15, _named(g), g.inSet), p.stepOutputs[k]);
            if (Merkle.checkSlice(p.gradSlices[k], g.root) != total) {
                misshapen = true;
                break;
            }
            acc = SoftFloat32.add(acc, Merkle.element(p.gradSlices[k], p.element));
        }
        if (misshapen || acc != Merkle.element(p.updateSlice, p.element)) {
            return _convict(id, d, DisputeOutcome.ProofWrongOutput);
        }
        _acquit(id, d);
    }

    /// @notice Wrong reward (docs/PROTOCOL.md 3.4, 3.8): `payload` is the
    /// disputed step's payload (the manifest leaf H(0x17 || H(payload) ||
    /// groupRoot) at index step of the committed batch root) and `config` the
    /// run's config (its hash the run's configHash). The RewardJudge
    /// recomputes the payload from the config: a payload that is not a valid
    /// one of this run and round, a group number or completion count out of
    /// the run's shape, a problem index that is not the author's draw, or a
    /// claimed reward whose bits differ convicts (an honest solver trains on
    /// none of these); so does a `batch.rewards` leaf (`rewardsLeaf`: an
    /// ABI-encoded NamedProof in groupRoot; empty: not judged) whose tensor is not the
    /// payload's claimed rewards, the rewards the step's trace trains on.
    /// Needs no posted step root.
    function convictReward(
        uint256 id,
        bytes calldata config,
        bytes calldata payload,
        bytes32 groupRoot,
        Inclusion calldata manifestAt,
        bytes calldata rewardsLeaf
    ) external {
        Dispute storage d = _challengerTurn(id, false);
        Commitment storage c = _commits[d.runId][d.round][d.solver];
        StepContext memory x = StepContext(
            d.runId, d.round, d.step, c.nsteps, _runs[d.runId].cfg.configHash, c.batchRoot
        );
        uint8 verdict = RewardJudge(rewardJudge).judgeStep(x, config, payload, groupRoot, manifestAt, rewardsLeaf);
        if (verdict != 0) return _convict(id, d, DisputeOutcome.ProofWrongReward);
        _acquit(id, d);
    }

    /// @dev Decodes a record proven in the posted step root.
    function _record(Dispute storage d, RecordProof calldata rec) private view returns (OpRecordData memory) {
        Referee(_params.referee).checkRecord(_stepTraceOf(d), rec);
        return OpRecord.decode(rec.record);
    }

    /// @dev Appends u8 rank || u32 dims[] of a shape that opens root.
    function _shape(bytes memory b, ShapeProof calldata s, bytes32 root) private pure returns (bytes memory) {
        _expect(Merkle.tensorRoot(s.shape, s.dataRoot), root);
        b = abi.encodePacked(b, uint8(s.shape.length));
        for (uint256 i = 0; i < s.shape.length; ++i) b = abi.encodePacked(b, s.shape[i]);
        return b;
    }

    function _named(NamedProof calldata p) private pure returns (bytes32) {
        return keccak256(abi.encodePacked(bytes1(0x14), p.nameHash, p.root));
    }

    function _expect(bytes32 got, bytes32 want) private pure {
        if (got != want) revert Merkle.RootMismatch(got, want);
    }
}
