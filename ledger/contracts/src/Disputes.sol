// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Runs} from "./Runs.sol";
import {Referee, RecordProof, ElementProof} from "./Referee.sol";
import {TensorSlice} from "./Merkle.sol";
import {
    Dispute,
    DisputeState,
    DisputeOutcome,
    RevealRequest,
    ContributionStatus
} from "./LedgerTypes.sol";

/// @title Disputes: bonded challenges of a committed trace, forced reveals
/// with deadlines, resolution by the Referee, slashing.
abstract contract Disputes is Runs {
    uint256 internal _disputeCount;
    mapping(uint256 => Dispute) internal _disputes;
    /// @dev The open dispute of a contribution (0: none); one at a time.
    mapping(bytes32 => mapping(uint64 => mapping(address => uint256))) internal _activeDispute;

    /// @notice Opens a dispute against solver's contribution to a round,
    /// bonding msg.value (at least the run's dispute bond). The challenger then
    /// has the response window to submit a proof or force a reveal.
    function openDispute(bytes32 runId, uint64 round, address solver) external payable returns (uint256 id) {
        Run storage r = _run(runId);
        if (_status[runId][round][solver] != ContributionStatus.Committed) revert NoContribution(runId, round, solver);
        (, uint64 closes) = _window(r, runId, round);
        uint64 windowEnd = closes + r.disputeWindow;
        if (block.timestamp >= windowEnd) revert DisputeWindowClosed(runId, round, windowEnd);
        if (msg.value < r.disputeBond) revert BondTooLow(msg.value, r.disputeBond);
        if (msg.sender == solver) revert SelfDispute();
        uint256 active = _activeDispute[runId][round][solver];
        if (active != 0) revert DisputeActive(active);
        id = ++_disputeCount;
        Dispute storage d = _disputes[id];
        d.runId = runId;
        d.round = round;
        d.solver = solver;
        d.challenger = msg.sender;
        d.bond = uint128(msg.value);
        d.deadline = uint64(block.timestamp) + _params.responseWindow;
        d.state = DisputeState.Open;
        _activeDispute[runId][round][solver] = id;
        _rounds[runId][round].openDisputes++;
        _peers[solver].openDisputes++;
        emit DisputeOpened(id, runId, solver, round, msg.sender, msg.value, d.deadline);
    }

    /// @notice The challenger forces the solver to publish a record (and
    /// optionally one chunk of one of its outputs) on chain by a deadline.
    function requestReveal(uint256 id, RevealRequest calldata req) external {
        Dispute storage d = _open(id);
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
    /// proof (and the requested chunk's); the data is published in Revealed.
    function reveal(uint256 id, RecordProof calldata rec, TensorSlice calldata chunk) external {
        Dispute storage d = _open(id);
        if (msg.sender != d.solver) revert NotSolver(id, msg.sender);
        if (d.revealDeadline == 0) revert NoRevealPending(id);
        if (block.timestamp > d.revealDeadline) revert DeadlinePassed(id, d.revealDeadline);
        RevealRequest memory q = d.pending;
        if (rec.inTrace.index != q.step || rec.inStep.index != q.record) revert RevealMismatch(id, "record position");
        bytes32 traceRoot = _commits[d.runId][d.round][d.solver].traceRoot;
        Referee ref = Referee(_params.referee);
        if (q.withChunk) {
            if (chunk.firstChunk != q.chunk || chunk.chunks.length != 256) revert RevealMismatch(id, "chunk position");
            ref.checkChunk(traceRoot, rec, q.slot, chunk);
        } else {
            ref.checkRecord(traceRoot, rec);
        }
        d.revealDeadline = 0;
        d.deadline = uint64(block.timestamp) + _params.responseWindow;
        if (q.withChunk) {
            emit Revealed(id, q.step, q.record, rec.record, chunk);
        } else {
            TensorSlice memory none;
            emit Revealed(id, q.step, q.record, rec.record, none);
        }
    }

    /// @notice The challenger submits its element proof. The Referee's verdict
    /// decides: a wrong element, graph or shape slashes the solver; a correct
    /// element forfeits the challenger's bond to the solver. A proof that does
    /// not fit the commitment reverts (and may be corrected before the deadline).
    function resolve(uint256 id, ElementProof calldata proof) external {
        Dispute storage d = _open(id);
        if (msg.sender != d.challenger) revert NotChallenger(id, msg.sender);
        if (d.revealDeadline != 0) revert RevealPending(id, d.revealDeadline);
        if (block.timestamp > d.deadline) revert DeadlinePassed(id, d.deadline);
        bytes32 traceRoot = _commits[d.runId][d.round][d.solver].traceRoot;
        Referee.Judgement memory j = Referee(_params.referee).judge(traceRoot, proof);
        if (j.verdict == 0) {
            _challengerLoses(id, d, DisputeOutcome.ProofSolverRight);
        } else {
            _solverLoses(id, d, DisputeOutcome(uint8(DisputeOutcome.ProofSolverRight) + j.verdict));
        }
    }

    /// @notice Ends a dispute whose deadline passed: for the challenger if the
    /// solver left a forced reveal unanswered, otherwise for the solver.
    function timeout(uint256 id) external {
        Dispute storage d = _open(id);
        if (d.revealDeadline != 0) {
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

    function _open(uint256 id) private view returns (Dispute storage d) {
        if (id == 0 || id > _disputeCount) revert UnknownDispute(id);
        d = _disputes[id];
        if (d.state != DisputeState.Open) revert DisputeNotOpen(id);
    }

    function _end(Dispute storage d, DisputeState s, DisputeOutcome o) private {
        d.state = s;
        d.outcome = o;
        d.revealDeadline = 0;
        _activeDispute[d.runId][d.round][d.solver] = 0;
        _rounds[d.runId][d.round].openDisputes--;
        _peers[d.solver].openDisputes--;
    }

    /// @dev The solver loses its run stake: the whistleblower share and the
    /// bond go to the challenger, the rest to the round's rewards; the
    /// contribution is excluded from rewards.
    function _solverLoses(uint256 id, Dispute storage d, DisputeOutcome o) private {
        _end(d, DisputeState.ChallengerWon, o);
        uint256 slashed = _slash(d.solver, _runs[d.runId].minStake);
        uint256 share = slashed * _params.whistleblowerBps / 10_000;
        _credit[d.challenger] += d.bond + share;
        Round storage rd = _rounds[d.runId][d.round];
        rd.bonus += uint128(slashed - share);
        rd.slashedCount++;
        _status[d.runId][d.round][d.solver] = ContributionStatus.Slashed;
        emit Slashed(d.solver, d.runId, d.round, slashed);
        emit DisputeResolved(id, d.challenger, o, slashed, share);
    }

    /// @dev A false or abandoned challenge: the bond compensates the solver.
    function _challengerLoses(uint256 id, Dispute storage d, DisputeOutcome o) private {
        _end(d, DisputeState.SolverWon, o);
        _credit[d.solver] += d.bond;
        emit DisputeResolved(id, d.solver, o, 0, 0);
    }
}
