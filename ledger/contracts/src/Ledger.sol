// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Runs} from "./Runs.sol";
import {LedgerParams, Commitment, Contribution, ContributionStatus} from "./LedgerTypes.sol";

/// @title Ledger: Apiary's on-chain settlement of training runs.
/// @notice Peers escrow stake per run; submitters create runs with an
/// escrowed reward pool; peers commit per round (docs/PROTOCOL.md 3.8); a
/// beacon nobody chooses assigns verifiers, who attest; the final set of round
/// r votes the model of round r+D+1 by stake and earns the round's reward;
/// disputes, settled by the Referee, slash the loser. All payments are pulled.
/// Dispute calls are forwarded by delegatecall to the Disputes module, which
/// shares this contract's storage (docs/LEDGER.md, "Layout").
contract Ledger is Runs {
    /// @notice The Disputes module this Ledger delegates dispute calls to.
    address public immutable disputesModule;

    constructor(LedgerParams memory p, address disputes) {
        if (p.referee == address(0) || disputes == address(0)) revert BadParams("zero referee or disputes module");
        if (p.maxCommitsPerRound == 0) revert BadParams("zero commits per round");
        if (p.revealWindow == 0 || p.responseWindow == 0) revert BadParams("zero reveal or response window");
        _params = p;
        disputesModule = disputes;
    }

    /// @notice Forwards every other call (the dispute functions of Disputes)
    /// to the Disputes module, in this contract's storage.
    fallback() external payable {
        _forward(disputesModule);
    }

    /// @notice Plain transfers are refused (they would be stuck).
    receive() external payable {
        revert();
    }

    /// @notice A member of the final set of round r-D votes root as the model
    /// of round r+1 (r >= D), until T_{r+1}, with its run stake as weight. A
    /// root backed by more than half of the final set's stake is agreed at once.
    function attestModel(bytes32 runId, uint64 rnd, bytes32 root) external {
        Run storage r = _run(runId);
        if (root == 0) revert ZeroRoot();
        uint64 lag = r.cfg.finalityLag;
        if (rnd < lag) revert NoVote(runId, rnd);
        uint64 closes = _start(r, runId, rnd) + r.cfg.roundDuration;
        if (block.timestamp >= closes) revert VotingClosed(runId, rnd, closes);
        uint64 from = rnd - lag;
        Round storage src = _rounds[runId][from];
        if (!src.finalized) revert RoundNotFinalized(runId, from);
        if (!_isFinal(_contribs[runId][from][msg.sender])) revert NotAVoter(runId, rnd, msg.sender);
        if (_voted[runId][rnd][msg.sender]) revert AlreadyAttested(runId, rnd, msg.sender);
        uint256 weight = _members[runId][msg.sender].stake;
        if (weight == 0) revert NotAVoter(runId, rnd, msg.sender);
        _voted[runId][rnd][msg.sender] = true;
        uint256 tally = _votes[runId][rnd][root] + weight;
        _votes[runId][rnd][root] = tally;
        emit ModelVoted(runId, rnd, msg.sender, root, weight);
        Round storage rd = _rounds[runId][rnd];
        if (tally > rd.leaderWeight || (tally == rd.leaderWeight && root < rd.leader)) {
            rd.leader = root;
            rd.leaderWeight = uint128(tally);
        }
        if (rd.agreedRoot == 0 && 2 * tally > src.finalStake) {
            rd.agreedRoot = root;
            emit ModelAgreed(runId, rnd, root);
        }
    }

    /// @notice A run's configuration and accounting.
    function run(bytes32 runId) external view returns (Run memory) {
        return _run(runId);
    }

    /// @notice Number of runs created.
    function runCount() external view returns (uint256) {
        return _runCount;
    }

    /// @notice A round's state, including its contributors in commit order.
    function round(bytes32 runId, uint64 r) external view returns (Round memory) {
        return _rounds[runId][r];
    }

    /// @notice A peer's commitment for a round (zero if none).
    function commitment(bytes32 runId, uint64 r, address peer) external view returns (Commitment memory) {
        return _commits[runId][r][peer];
    }

    /// @notice A peer's contribution record for a round.
    function contribution(bytes32 runId, uint64 r, address peer) external view returns (Contribution memory) {
        return _contribs[runId][r][peer];
    }

    /// @notice A contribution's status.
    function status(bytes32 runId, uint64 r, address peer) external view returns (ContributionStatus) {
        return _contribs[runId][r][peer].status;
    }

    /// @notice The assigned verifiers that attested solver's contribution.
    function attesters(bytes32 runId, uint64 r, address solver) external view returns (address[] memory) {
        return _attesters[runId][r][solver];
    }

    /// @notice Stake voted for root as the model of round r+1.
    function votes(bytes32 runId, uint64 r, bytes32 root) external view returns (uint256) {
        return _votes[runId][r][root];
    }

    /// @notice The model root of round r (theta_r, docs/PROTOCOL.md 3.8): zero
    /// while the vote that decides it is open without a majority.
    function modelRoot(bytes32 runId, uint64 r) external view returns (bytes32) {
        _run(runId);
        return _modelRoot(runId, r);
    }

    /// @notice Round r's beacon: zero until its seed block exists (or after
    /// 256 blocks unread, until closeRound re-arms it).
    function beacon(bytes32 runId, uint64 r) external view returns (bytes32) {
        return _beaconOf(runId, r);
    }

    /// @notice The verifiers the round's beacon assigns to solver's
    /// contribution: up to verifiersPerContribution distinct other
    /// contributors. Reverts BeaconNotReady before the beacon can be read.
    function verifiers(bytes32 runId, uint64 r, address solver) external view returns (address[] memory) {
        Run storage rn = _run(runId);
        bytes32 b = _beaconOf(runId, r);
        if (b == 0) revert BeaconNotReady(runId, r);
        if (_contribs[runId][r][solver].status == ContributionStatus.None) revert NoContribution(runId, r, solver);
        return _verifiers(rn, _rounds[runId][r], solver, b);
    }

    /// @notice The final set of round r in commit order: committed, attested
    /// by an assigned verifier, never convicted, not a duplicate (batch root committed earlier).
    /// Reverts RoundNotFinal before F_r or while a dispute on it is open.
    function finalSet(bytes32 runId, uint64 r) external view returns (address[] memory out) {
        uint256 n;
        (out, n) = _finalSet(_run(runId), runId, r);
        assembly {
            mstore(out, n)
        }
    }
}
