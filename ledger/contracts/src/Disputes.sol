// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Verdicts} from "./Verdicts.sol";
import {Referee, RecordProof, ElementProof} from "./Referee.sol";
import {TensorSlice} from "./Merkle.sol";
import {
    Dispute,
    DisputeState,
    DisputeOutcome,
    RevealRequest,
    Contribution,
    ContributionStatus
} from "./LedgerTypes.sol";

/// @title Disputes: bonded challenges of one step of a contribution, the
/// solver's posted step root, forced reveals with deadlines, resolution by
/// the Referee, slashing. Deployed once and run only by the Ledger's
/// delegatecall (its storage is the Ledger's).
/// @notice Any number of disputes may be open on one contribution: none can
/// block another. The first conviction settles the contribution; disputes
/// still open on it end void, bonds returned.
contract Disputes is Verdicts {
    address private immutable _self = address(this);
    /// @dev The RewardJudge that convictReward consults.
    address private immutable _judge;

    /// @param judge the RewardJudge contract (nonzero).
    constructor(address judge) {
        if (judge == address(0)) revert BadParams("zero reward judge");
        _judge = judge;
    }

    modifier delegated() {
        if (address(this) == _self) revert NotDelegated();
        _;
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
    /// record count (docs/PROTOCOL.md 1.3); reveals and the proof are judged
    /// against it. The challenger then has the response window.
    function postStep(uint256 id, bytes32 stepRoot, uint32 nrecords) external delegated {
        Dispute storage d = _open(id);
        if (msg.sender != d.solver) revert NotSolver(id, msg.sender);
        if (d.stepRoot != 0) revert StepAlreadyPosted(id);
        if (block.timestamp > d.deadline) revert DeadlinePassed(id, d.deadline);
        if (stepRoot == 0 || nrecords == 0) revert ZeroRoot();
        d.stepRoot = stepRoot;
        d.nrecords = nrecords;
        d.deadline = uint64(block.timestamp) + _params.responseWindow;
        emit StepPosted(id, stepRoot, nrecords, d.deadline);
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

    /// @dev The trace root a posted step root stands for: the docs/PROTOCOL.md
    /// 1.3 contribution root of the one step, H(0x13 || u32 1 || stepRoot).
    function _stepTrace(bytes32 stepRoot) private pure returns (bytes32) {
        return keccak256(abi.encodePacked(bytes1(0x13), uint32(1), stepRoot));
    }

    function _challengerTurn(uint256 id, bool needStep) internal view override returns (Dispute storage d) {
        if (address(this) == _self) revert NotDelegated(); // the verdicts too run only by delegatecall
        d = needStep ? _posted(id) : _open(id);
        if (msg.sender != d.challenger) revert NotChallenger(id, msg.sender);
        if (d.revealDeadline != 0) revert RevealPending(id, d.revealDeadline);
        if (block.timestamp > d.deadline) revert DeadlinePassed(id, d.deadline);
    }

    function _convict(uint256 id, Dispute storage d, DisputeOutcome o) internal override {
        _solverLoses(id, d, o);
    }

    function _acquit(uint256 id, Dispute storage d) internal override {
        _challengerLoses(id, d, DisputeOutcome.ProofSolverRight);
    }

    function _stepTraceOf(Dispute storage d) internal view override returns (bytes32) {
        return _stepTrace(d.stepRoot);
    }

    function _rewardJudge() internal view override returns (address) {
        return _judge;
    }

    function _open(uint256 id) private view returns (Dispute storage d) {
        if (id == 0 || id > _disputeCount) revert UnknownDispute(id);
        d = _disputes[id];
        if (d.state != DisputeState.Open) revert DisputeNotOpen(id);
    }

    function _posted(uint256 id) private view returns (Dispute storage d) {
        d = _open(id);
        if (d.stepRoot == 0) revert StepNotPosted(id);
    }

    function _end(Dispute storage d, DisputeState s, DisputeOutcome o) private {
        d.state = s;
        d.outcome = o;
        d.revealDeadline = 0;
        _rounds[d.runId][d.round].openDisputes--;
        _members[d.runId][d.solver].openDisputes--;
    }

    /// @dev Conviction: the solver loses slashAmount from its run stake; the
    /// challenger gets whistleblowerBps of it and its bond back; the rest goes
    /// to the round's pool, as do the penalties of the verifiers that attested
    /// the contribution (who also lose their fee).
    function _solverLoses(uint256 id, Dispute storage d, DisputeOutcome o) private {
        bytes32 runId = d.runId;
        uint64 round = d.round;
        Contribution storage k = _contribs[runId][round][d.solver];
        if (k.status == ContributionStatus.Convicted) return _void(id, d);
        _end(d, DisputeState.ChallengerWon, o);
        k.status = ContributionStatus.Convicted;
        Run storage r = _runs[runId];
        uint256 slashed = _take(runId, d.solver, r.cfg.slashAmount);
        uint256 share = slashed * r.cfg.whistleblowerBps / 10_000;
        _credit[d.challenger] += d.bond + share;
        Round storage rd = _rounds[runId][round];
        uint256 bonus = slashed - share;
        address[] storage att = _attesters[runId][round][d.solver];
        for (uint256 i = 0; i < att.length; ++i) {
            _contribs[runId][round][att[i]].verified--;
            uint256 pen = _take(runId, att[i], r.cfg.verifierPenalty);
            bonus += pen;
            emit VerifierPenalized(att[i], runId, round, pen);
        }
        rd.attestations -= uint32(att.length);
        rd.bonus += uint128(bonus);
        emit Slashed(d.solver, runId, round, slashed);
        emit DisputeResolved(id, d.challenger, o, slashed, share);
    }

    /// @dev A false or abandoned challenge: the bond goes to the round's pool
    /// (not to the solver, so a sham dispute pays nobody).
    function _challengerLoses(uint256 id, Dispute storage d, DisputeOutcome o) private {
        if (_contribs[d.runId][d.round][d.solver].status == ContributionStatus.Convicted) return _void(id, d);
        _end(d, DisputeState.SolverWon, o);
        _rounds[d.runId][d.round].bonus += d.bond;
        emit DisputeResolved(id, d.solver, o, 0, 0);
    }

    /// @dev Another dispute convicted the contribution: the bond is returned.
    function _void(uint256 id, Dispute storage d) private {
        _end(d, DisputeState.Void, DisputeOutcome.Superseded);
        _credit[d.challenger] += d.bond;
        emit DisputeResolved(id, address(0), DisputeOutcome.Superseded, 0, 0);
    }
}
