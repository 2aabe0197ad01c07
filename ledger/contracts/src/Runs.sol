// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Staking} from "./Staking.sol";
import {RunConfig, Commitment, ContributionStatus} from "./LedgerTypes.sol";

/// @title Runs: training runs, their rounds (commit, close, beacon, model
/// attestation) and per-round rewards paid by pull.
abstract contract Runs is Staking {
    /// @notice A run's schedule, stakes and escrowed reward pool.
    struct Run {
        address submitter;
        uint64 start;
        uint32 roundDuration;
        uint32 numRounds;
        uint32 disputeWindow;
        uint32 finalizedRounds;
        bytes32 configHash;
        bytes32 initialModelRoot;
        uint128 minStake;
        uint128 disputeBond;
        uint128 rewardPerRound;
        uint128 pool; // escrowed and not yet allocated to a finalized round
        string task;
        string[] bootstrap;
    }

    /// @notice A round of a run.
    struct Round {
        bool closed;
        bool finalized;
        uint32 slashedCount; // contributions proven wrong
        uint32 openDisputes;
        uint64 closedAt;
        bytes32 beacon; // set at close: seeds verifier assignment
        bytes32 nextModelRoot; // attested by a majority of the round's contributors
        uint128 bonus; // slashed stake (minus whistleblower shares) added to the round's rewards
        uint128 perContribution; // reward of each eligible contribution, set at finalization
        uint128 unclaimed; // allocated at finalization, not yet claimed
        address[] contributors; // in commit order: the canonical aggregation order
    }

    uint256 internal _runCount;
    mapping(bytes32 => Run) internal _runs;
    mapping(bytes32 => mapping(uint64 => Round)) internal _rounds;
    mapping(bytes32 => mapping(uint64 => mapping(address => Commitment))) internal _commits;
    mapping(bytes32 => mapping(uint64 => mapping(address => ContributionStatus))) internal _status;
    mapping(bytes32 => mapping(uint64 => mapping(bytes32 => uint32))) internal _votes;
    mapping(bytes32 => mapping(uint64 => mapping(address => bool))) internal _attested;

    /// @notice Creates a run escrowing msg.value as its reward pool (split
    /// evenly over its rounds) and returns its ID.
    function createRun(RunConfig calldata c) external payable returns (bytes32 runId) {
        if (c.numRounds == 0 || c.roundDuration == 0) revert BadRunConfig("zero rounds or round duration");
        if (c.configHash == bytes32(0)) revert BadRunConfig("zero config hash");
        if (c.minStake == 0 || c.disputeBond == 0) revert BadRunConfig("zero stake or bond");
        if (bytes(c.task).length == 0 || bytes(c.task).length > 256) revert BadRunConfig("task name length");
        if (c.bootstrap.length > 32) revert BadRunConfig("more than 32 bootstrap addresses");
        if (msg.value < c.numRounds) revert BadRunConfig("pool below one wei per round");
        uint64 start = c.start == 0 ? uint64(block.timestamp) : c.start;
        runId = keccak256(abi.encode(block.chainid, address(this), ++_runCount));
        Run storage r = _runs[runId];
        r.submitter = msg.sender;
        r.start = start;
        r.roundDuration = c.roundDuration;
        r.numRounds = c.numRounds;
        r.disputeWindow = c.disputeWindow;
        r.configHash = c.configHash;
        r.initialModelRoot = c.initialModelRoot;
        r.minStake = c.minStake;
        r.disputeBond = c.disputeBond;
        r.rewardPerRound = uint128(msg.value / c.numRounds);
        r.pool = uint128(msg.value);
        r.task = c.task;
        for (uint256 i = 0; i < c.bootstrap.length; ++i) r.bootstrap.push(c.bootstrap[i]);
        emit RunCreated(
            runId, msg.sender, c.configHash, c.task, start, c.roundDuration, c.numRounds, msg.value, c.bootstrap
        );
    }

    /// @notice Commits the caller's contribution to an open round.
    function commit(bytes32 runId, uint64 round, Commitment calldata c) external {
        Run storage r = _run(runId);
        (uint64 opens, uint64 closes) = _window(r, runId, round);
        if (block.timestamp < opens || block.timestamp >= closes) revert RoundNotOpen(runId, round, opens, closes);
        Peer storage p = _registered(msg.sender);
        if (p.stake - p.unstaking < r.minStake) revert InsufficientStake(msg.sender, p.stake - p.unstaking, r.minStake);
        if (c.traceRoot == bytes32(0)) revert ZeroTraceRoot();
        if (_status[runId][round][msg.sender] != ContributionStatus.None) revert AlreadyCommitted(runId, round, msg.sender);
        Round storage rd = _rounds[runId][round];
        if (rd.contributors.length >= _params.maxCommitsPerRound) revert RoundFull(runId, round);
        _commits[runId][round][msg.sender] = c;
        _status[runId][round][msg.sender] = ContributionStatus.Committed;
        rd.contributors.push(msg.sender);
        uint64 lock = closes + r.disputeWindow;
        if (lock > p.lockedUntil) p.lockedUntil = lock;
        emit Committed(runId, round, msg.sender, uint32(rd.contributors.length - 1), c);
    }

    /// @notice Closes a round after its commit deadline and draws its beacon
    /// from the chain (prevrandao and the previous block hash).
    function closeRound(bytes32 runId, uint64 round) external {
        Run storage r = _run(runId);
        (, uint64 closes) = _window(r, runId, round);
        if (block.timestamp < closes) revert RoundStillOpen(runId, round, closes);
        Round storage rd = _rounds[runId][round];
        if (rd.closed) revert RoundAlreadyClosed(runId, round);
        rd.closed = true;
        rd.closedAt = uint64(block.timestamp);
        rd.beacon = keccak256(abi.encode(block.prevrandao, blockhash(block.number - 1), runId, round));
        emit RoundClosed(runId, round, rd.beacon, uint32(rd.contributors.length));
    }

    /// @notice A contributor of a closed round votes for the next model root;
    /// the first root backed by more than half of the contributors is agreed.
    function attestModel(bytes32 runId, uint64 round, bytes32 modelRoot) external {
        Round storage rd = _closedRound(runId, round);
        if (_status[runId][round][msg.sender] == ContributionStatus.None) revert NotAContributor(runId, round, msg.sender);
        if (_attested[runId][round][msg.sender]) revert AlreadyAttested(runId, round, msg.sender);
        _attested[runId][round][msg.sender] = true;
        uint32 votes = ++_votes[runId][round][modelRoot];
        emit ModelAttested(runId, round, msg.sender, modelRoot, votes);
        if (rd.nextModelRoot == bytes32(0) && 2 * uint256(votes) > rd.contributors.length) {
            rd.nextModelRoot = modelRoot;
            emit ModelAgreed(runId, round, modelRoot);
        }
    }

    /// @notice Finalizes a closed round once its dispute window is over and
    /// no dispute is open: allocates the round's reward (plus slashed stake)
    /// evenly to its contributions that were not proven wrong.
    function finalizeRound(bytes32 runId, uint64 round) external {
        Run storage r = _run(runId);
        Round storage rd = _closedRound(runId, round);
        if (rd.finalized) revert AlreadyFinalized(runId, round);
        (, uint64 closes) = _window(r, runId, round);
        uint64 until = closes + r.disputeWindow;
        if (block.timestamp < until) revert DisputeWindowOpen(runId, round, until);
        if (rd.openDisputes != 0) revert DisputesPending(runId, round, rd.openDisputes);
        rd.finalized = true;
        r.finalizedRounds++;
        uint256 eligible = rd.contributors.length - rd.slashedCount;
        uint256 per;
        if (eligible > 0) {
            uint256 total = uint256(r.rewardPerRound) + rd.bonus;
            per = total / eligible;
            r.pool = r.pool - r.rewardPerRound + uint128(total - per * eligible); // dust stays in the pool
            rd.unclaimed = uint128(per * eligible);
            rd.perContribution = uint128(per);
        } else {
            r.pool += rd.bonus; // nobody to pay: the round's reward stays in the pool
        }
        rd.bonus = 0;
        emit RoundFinalized(runId, round, uint32(eligible), per);
    }

    /// @notice Credits the caller's reward for a finalized round.
    function claimReward(bytes32 runId, uint64 round) external {
        Round storage rd = _rounds[runId][round];
        if (!rd.finalized) revert RoundNotFinalized(runId, round);
        if (_status[runId][round][msg.sender] != ContributionStatus.Committed) revert NoReward(runId, round, msg.sender);
        _status[runId][round][msg.sender] = ContributionStatus.Claimed;
        uint128 amount = rd.perContribution;
        rd.unclaimed -= amount;
        _credit[msg.sender] += amount;
        emit RewardClaimed(runId, round, msg.sender, amount);
    }

    /// @notice After every round is finalized, credits what is left of the
    /// pool (division dust, rounds nobody earned) to the submitter.
    function reclaimPool(bytes32 runId) external {
        Run storage r = _run(runId);
        if (msg.sender != r.submitter) revert NotSubmitter(runId, msg.sender);
        if (r.finalizedRounds != r.numRounds) revert RunNotOver(runId, r.finalizedRounds, r.numRounds);
        uint256 amount = r.pool;
        if (amount == 0) revert NothingToWithdraw();
        r.pool = 0;
        _credit[msg.sender] += amount;
        emit PoolReclaimed(runId, msg.sender, amount);
    }

    function _run(bytes32 runId) internal view returns (Run storage r) {
        r = _runs[runId];
        if (r.submitter == address(0)) revert UnknownRun(runId);
    }

    function _closedRound(bytes32 runId, uint64 round) internal view returns (Round storage rd) {
        rd = _rounds[runId][round];
        if (!rd.closed) revert RoundNotClosed(runId, round);
    }

    /// @dev The commit window [opens, closes) of a round.
    function _window(Run storage r, bytes32 runId, uint64 round) internal view returns (uint64 opens, uint64 closes) {
        if (round >= r.numRounds) revert NoSuchRound(runId, round);
        opens = r.start + round * r.roundDuration;
        closes = opens + r.roundDuration;
    }
}
