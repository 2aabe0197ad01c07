// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {LedgerStorage} from "./LedgerStorage.sol";
import {Dispute, DisputeState, DisputeOutcome, Contribution, ContributionStatus} from "./LedgerTypes.sol";

/// @title DisputeBase: what the two dispute modules share (Disputes, which
/// opens disputes and moves them, and Verdicts, which judges the proofs that
/// are not about one element): reading a dispute, ending it, slashing. Both
/// run only by delegatecall from the Ledger (Disputes forwards what it does not
/// implement to Verdicts), so their storage is the Ledger's; the split keeps
/// each under the code size limit (docs/LEDGER.md, "Layout").
abstract contract DisputeBase is LedgerStorage {
    address internal immutable _self = address(this);

    modifier delegated() {
        if (address(this) == _self) revert NotDelegated();
        _;
    }

    /// @dev The trace root a posted step root stands for: the docs/PROTOCOL.md
    /// 1.3 contribution root of the one step, H(0x13 || u32 1 || stepRoot).
    function _stepTrace(bytes32 stepRoot) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(bytes1(0x13), uint32(1), stepRoot));
    }

    /// @dev The dispute, open (with the step posted when needStep), the
    /// caller its challenger, no reveal pending and the challenger's deadline
    /// not passed.
    function _challengerTurn(uint256 id, bool needStep) internal view returns (Dispute storage d) {
        if (address(this) == _self) revert NotDelegated(); // the verdicts too run only by delegatecall
        d = needStep ? _posted(id) : _open(id);
        if (msg.sender != d.challenger) revert NotChallenger(id, msg.sender);
        if (d.revealDeadline != 0) revert RevealPending(id, d.revealDeadline);
        if (block.timestamp > d.deadline) revert DeadlinePassed(id, d.deadline);
    }

    function _open(uint256 id) internal view returns (Dispute storage d) {
        if (id == 0 || id > _disputeCount) revert UnknownDispute(id);
        d = _disputes[id];
        if (d.state != DisputeState.Open) revert DisputeNotOpen(id);
    }

    function _posted(uint256 id) internal view returns (Dispute storage d) {
        d = _open(id);
        if (d.stepRoot == 0) revert StepNotPosted(id);
    }

    function _end(Dispute storage d, DisputeState s, DisputeOutcome o) internal {
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
    function _solverLoses(uint256 id, Dispute storage d, DisputeOutcome o) internal {
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
    function _challengerLoses(uint256 id, Dispute storage d, DisputeOutcome o) internal {
        if (_contribs[d.runId][d.round][d.solver].status == ContributionStatus.Convicted) return _void(id, d);
        _end(d, DisputeState.SolverWon, o);
        _rounds[d.runId][d.round].bonus += d.bond;
        emit DisputeResolved(id, d.solver, o, 0, 0);
    }

    /// @dev Another dispute convicted the contribution: the bond is returned.
    function _void(uint256 id, Dispute storage d) internal {
        _end(d, DisputeState.Void, DisputeOutcome.Superseded);
        _credit[d.challenger] += d.bond;
        emit DisputeResolved(id, address(0), DisputeOutcome.Superseded, 0, 0);
    }

    /// @dev H(prefix || u32 n || treeRoot) over all leaves, padded with zero
    /// hashes to a power of two, nodes H(0x11 || l || r).
    function _fullRoot(bytes1 prefix, bytes32[] memory leaves) internal pure returns (bytes32) {
        uint256 width = 1;
        while (width < leaves.length) width <<= 1;
        bytes32[] memory level = new bytes32[](width);
        for (uint256 i = 0; i < leaves.length; ++i) level[i] = leaves[i];
        for (; width > 1; width >>= 1) {
            for (uint256 i = 0; i < width / 2; ++i) {
                level[i] = keccak256(abi.encodePacked(bytes1(0x11), level[2 * i], level[2 * i + 1]));
            }
        }
        return keccak256(abi.encodePacked(prefix, uint32(leaves.length), level[0]));
    }
}
