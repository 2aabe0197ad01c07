// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {DisputeBase} from "./DisputeBase.sol";
import {Referee, RecordProof, ElementProof} from "./Referee.sol";
import {TensorSlice} from "./Merkle.sol";
import {
    Dispute,
    DisputeState,
    DisputeOutcome,
    RevealRequest,
    Contribution,
    ContributionStatus,
    Commitment,
    StepOutputs
} from "./LedgerTypes.sol";

/// @title Disputes: bonded challenges of one step of a contribution, the
/// solver's posted step root, forced reveals with deadlines, resolution by
/// the Referee, slashing. Deployed once and run only by the Ledger's
/// delegatecall (its storage is the Ledger's); the other verdicts live in the
/// Verdicts module, which it forwards to.
/// @notice Any number of disputes may be open on one contribution: none can
/// block another. The first conviction settles the contribution; disputes
/// still open on it end void, bonds returned.
contract Disputes is DisputeBase {
    /// @notice The Verdicts module: the Ledger's calls that Disputes does
    /// not implement (convictExternal, convictProgram, convictOutput,
    /// convictUpdate) are forwarded to it by delegatecall, still in the
    /// Ledger's storage.
    address public immutable verdictsModule;

    constructor(address verdicts) {
        if (verdicts == address(0)) revert BadParams("zero verdicts module");
        verdictsModule = verdicts;
    }

    /// @notice Forwards the verdict calls to the Verdicts module (only when
    /// run by the Ledger's delegatecall).
    fallback() external {
        if (address(this) == _self) revert NotDelegated();
        _forward(verdictsModule);
    }

    /// @notice Opens a dispute against step `step` of solver's contribution to
    /// a round before X_r, bonding msg.value (at least the run's disputeBond).
    /// The solver must then post the step's op-level root within the reveal window.
    function openDispute(bytes32 runId, uint64 round, address solver, uint32 step)
        external
        payable
        delegated
        returns (uint256 id)
    {
        Run storage r = _run(runId);
        if (_contribs[runId][round][solver].status != ContributionStatus.Committed) {
            revert NoContribution(runId, round, solver);
        }
        uint64 windowEnd = _disputeEnd(r, runId, round);
        if (block.timestamp >= windowEnd) revert DisputeWindowClosed(runId, round, windowEnd);
        if (msg.value < r.cfg.disputeBond) revert BondTooLow(msg.value, r.cfg.disputeBond);
        if (msg.sender == solver) revert SelfDispute();
        uint32 nsteps = _commits[runId][round][solver].nsteps;
        if (step >= nsteps) revert NoSuchStep(step, nsteps);
        id = ++_disputeCount;
        Dispute storage d = _disputes[id];
        d.runId = runId;
        d.round = round;
        d.solver = solver;
        d.challenger = msg.sender;
        d.step = step;
        d.bond = uint128(msg.value);
        d.deadline = uint64(block.timestamp) + _params.revealWindow;
        d.state = DisputeState.Open;
        _rounds[runId][round].openDisputes++;
        _members[runId][solver].openDisputes++;
        emit DisputeOpened(id, runId, solver, round, step, msg.sender, msg.value, d.deadline);
    }

    /// @notice The solver posts the disputed step's op-level step root and
    /// record count (docs/PROTOCOL.md 1.3) with the step's committed outputs:
    /// every step output root, which must fold to the committed trace root,
    /// and the step's gradient leaves, which must fold to its output root
    /// (docs/PROTOCOL.md 3.8). Reveals and the proof are judged against the
    /// posted root; the outputs, published in StepOutputsPosted, are what a
    /// wrong-output proof compares the posted trace's outputs with, so a
    /// solver cannot withhold them. The challenger then has the response window.
    function postStep(uint256 id, bytes32 stepRoot, uint32 nrecords, StepOutputs calldata outs)
        external
        delegated
    {
        Dispute storage d = _open(id);
        if (msg.sender != d.solver) revert NotSolver(id, msg.sender);
        if (d.stepRoot != 0) revert StepAlreadyPosted(id);
        if (block.timestamp > d.deadline) revert DeadlinePassed(id, d.deadline);
        if (stepRoot == 0 || nrecords == 0) revert ZeroRoot();
        _checkOutputs(id, d, outs);
        d.stepRoot = stepRoot;
        d.nrecords = nrecords;
        d.deadline = uint64(block.timestamp) + _params.responseWindow;
        emit StepPosted(id, stepRoot, nrecords, d.deadline);
        emit StepOutputsPosted(id, outs.steps, outs.gradNames, outs.gradRoots);
    }

    /// @dev Checks posted step outputs against the commitment: the step roots
    /// fold to the trace root, the gradient leaves to the disputed step's root.
    function _checkOutputs(uint256 id, Dispute storage d, StepOutputs calldata outs) private view {
        Commitment storage c = _commits[d.runId][d.round][d.solver];
        if (outs.steps.length != c.nsteps) revert StepOutputsMismatch(id, "step count");
        if (_fullRoot(0x13, outs.steps) != c.traceRoot) revert StepOutputsMismatch(id, "trace root");
        uint256 n = outs.gradNames.length;
        if (n == 0 || outs.gradRoots.length != n) revert StepOutputsMismatch(id, "gradient count");
        bytes32[] memory leaves = new bytes32[](n);
        for (uint256 i = 0; i < n; ++i) {
            leaves[i] = keccak256(abi.encodePacked(bytes1(0x14), outs.gradNames[i], outs.gradRoots[i]));
        }
        if (_fullRoot(0x15, leaves) != outs.steps[d.step]) revert StepOutputsMismatch(id, "step output root");
    }

    /// @notice The challenger forces the solver to publish a record of the
    /// step (and optionally one chunk of one of its outputs) by a deadline.
    function requestReveal(uint256 id, RevealRequest calldata req) external delegated {
        Dispute storage d = _posted(id);
        if (msg.sender != d.challenger) revert NotChallenger(id, msg.sender);
        if (d.revealDeadline != 0) revert RevealPending(id, d.revealDeadline);
        if (block.timestamp > d.deadline) revert DeadlinePassed(id, d.deadline);
        if (d.reveals >= _params.maxReveals) revert TooManyReveals(id, _params.maxReveals);
        d.reveals++;
        d.pending = req;
        d.revealDeadline = uint64(block.timestamp) + _params.revealWindow;
        d.deadline = d.revealDeadline + _params.responseWindow;
        emit RevealRequested(id, req, d.revealDeadline);
    }

    /// @notice The solver answers a forced reveal with the record's inclusion
    /// in the posted step root (inTrace: the one-leaf proof, index 0 of 1) and
    /// the requested chunk's; the data is published in Revealed.
    function reveal(uint256 id, RecordProof calldata rec, TensorSlice calldata chunk) external delegated {
        Dispute storage d = _open(id);
        if (msg.sender != d.solver) revert NotSolver(id, msg.sender);
        if (d.revealDeadline == 0) revert NoRevealPending(id);
        if (block.timestamp > d.revealDeadline) revert DeadlinePassed(id, d.revealDeadline);
        RevealRequest memory q = d.pending;
        if (rec.inStep.index != q.record) revert RevealMismatch(id, "record position");
        bytes32 root = _stepTrace(d.stepRoot);
        Referee ref = Referee(_params.referee);
        if (q.withChunk) {
            if (chunk.firstChunk != q.chunk || chunk.chunks.length != 256) revert RevealMismatch(id, "chunk position");
            ref.checkChunk(root, rec, q.slot, chunk);
        } else {
            ref.checkRecord(root, rec);
        }
        d.revealDeadline = 0;
        d.deadline = uint64(block.timestamp) + _params.responseWindow;
        if (q.withChunk) {
            emit Revealed(id, d.step, q.record, rec.record, chunk);
        } else {
            TensorSlice memory none;
            emit Revealed(id, d.step, q.record, rec.record, none);
        }
    }

    /// @notice The challenger submits its element proof against the posted
    /// step root (proof.target.inTrace: index 0 of 1). A wrong element, graph
    /// or shape convicts the contribution; a correct element forfeits the bond
    /// to the round's pool. A proof that does not fit reverts (and may be
    /// corrected before the deadline).
    function resolve(uint256 id, ElementProof calldata proof) external delegated {
        Dispute storage d = _challengerTurn(id, true);
        Referee.Judgement memory j = Referee(_params.referee).judge(_stepTrace(d.stepRoot), proof);
        if (j.verdict == 0) {
            _challengerLoses(id, d, DisputeOutcome.ProofSolverRight);
        } else if (j.verdict <= 3) {
            _solverLoses(id, d, DisputeOutcome(uint8(DisputeOutcome.ProofSolverRight) + j.verdict));
        } else {
            revert BadParams("verdict unknown to this Ledger"); // a newer Referee: redeploy both
        }
    }

    /// @notice Ends a dispute whose mover missed its deadline (anyone may
    /// call): the solver loses if it left the step root or a forced reveal
    /// unanswered, the challenger if it did not move. A dispute on a
    /// contribution another dispute convicted ends void at once.
    function timeout(uint256 id) external delegated {
        Dispute storage d = _open(id);
        if (_contribs[d.runId][d.round][d.solver].status == ContributionStatus.Convicted) {
            _void(id, d);
        } else if (d.stepRoot == 0) {
            if (block.timestamp <= d.deadline) revert NotTimedOut(id, d.deadline);
            _solverLoses(id, d, DisputeOutcome.StepTimeout);
        } else if (d.revealDeadline != 0) {
            if (block.timestamp <= d.revealDeadline) revert NotTimedOut(id, d.revealDeadline);
            _solverLoses(id, d, DisputeOutcome.RevealTimeout);
        } else {
            if (block.timestamp <= d.deadline) revert NotTimedOut(id, d.deadline);
            _challengerLoses(id, d, DisputeOutcome.ProofTimeout);
        }
    }

    /// @notice A dispute's state.
    function dispute(uint256 id) external view returns (Dispute memory) {
        if (id == 0 || id > _disputeCount) revert UnknownDispute(id);
        return _disputes[id];
    }

    /// @notice Number of disputes ever opened (IDs are 1..disputeCount).
    function disputeCount() external view returns (uint256) {
        return _disputeCount;
    }

}
