// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Commitment, RevealRequest, DisputeOutcome} from "./LedgerTypes.sol";
import {TensorSlice} from "./Merkle.sol";

/// @title ILedgerEvents: every event and custom error of the Ledger, in one
/// place for indexers and leaderboards.
interface ILedgerEvents {
    // ---- staking ----
    event Registered(address indexed peer);
    event Staked(address indexed peer, uint256 amount, uint256 total);
    event UnstakeRequested(address indexed peer, uint256 amount, uint64 unlockAt);
    event StakeWithdrawn(address indexed peer, uint256 amount);
    event Withdrawn(address indexed account, uint256 amount);

    // ---- runs, rounds, rewards ----
    event RunCreated(
        bytes32 indexed runId,
        address indexed submitter,
        bytes32 configHash,
        string task,
        uint64 start,
        uint32 roundDuration,
        uint32 numRounds,
        uint256 pool,
        string[] bootstrap
    );
    event Committed(
        bytes32 indexed runId, uint64 indexed round, address indexed peer, uint32 position, Commitment commitment
    );
    event RoundClosed(bytes32 indexed runId, uint64 indexed round, bytes32 beacon, uint32 contributions);
    event ModelAttested(bytes32 indexed runId, uint64 indexed round, address indexed peer, bytes32 modelRoot, uint32 votes);
    event ModelAgreed(bytes32 indexed runId, uint64 indexed round, bytes32 modelRoot);
    event RoundFinalized(bytes32 indexed runId, uint64 indexed round, uint32 eligible, uint256 perContribution);
    event RewardClaimed(bytes32 indexed runId, uint64 indexed round, address indexed peer, uint256 amount);
    event PoolReclaimed(bytes32 indexed runId, address indexed submitter, uint256 amount);

    // ---- disputes ----
    event DisputeOpened(
        uint256 indexed id,
        bytes32 indexed runId,
        address indexed solver,
        uint64 round,
        address challenger,
        uint256 bond,
        uint64 deadline
    );
    event RevealRequested(uint256 indexed id, RevealRequest request, uint64 revealDeadline);
    event Revealed(uint256 indexed id, uint32 step, uint32 record, bytes recordBytes, TensorSlice chunk);
    event DisputeResolved(
        uint256 indexed id, address indexed winner, DisputeOutcome outcome, uint256 slashed, uint256 whistleblowerReward
    );
    event Slashed(address indexed peer, bytes32 indexed runId, uint64 round, uint256 amount);

    // ---- errors ----
    error NotRegistered(address peer);
    error AlreadyRegistered(address peer);
    error ZeroAmount();
    error InsufficientStake(address peer, uint256 have, uint256 need);
    error UnstakeExceedsStake(uint256 amount, uint256 available);
    error NothingToWithdraw();
    error StakeLocked(uint64 until);
    error PeerInDispute(address peer, uint32 openDisputes);
    error TransferFailed(address to, uint256 amount);

    error BadParams(string why);
    error BadRunConfig(string why);
    error UnknownRun(bytes32 runId);
    error NoSuchRound(bytes32 runId, uint64 round);
    error RoundNotOpen(bytes32 runId, uint64 round, uint64 opensAt, uint64 closesAt);
    error AlreadyCommitted(bytes32 runId, uint64 round, address peer);
    error RoundFull(bytes32 runId, uint64 round);
    error ZeroTraceRoot();
    error RoundStillOpen(bytes32 runId, uint64 round, uint64 closesAt);
    error RoundAlreadyClosed(bytes32 runId, uint64 round);
    error RoundNotClosed(bytes32 runId, uint64 round);
    error NotAContributor(bytes32 runId, uint64 round, address peer);
    error AlreadyAttested(bytes32 runId, uint64 round, address peer);
    error DisputeWindowOpen(bytes32 runId, uint64 round, uint64 until);
    error DisputesPending(bytes32 runId, uint64 round, uint32 open);
    error AlreadyFinalized(bytes32 runId, uint64 round);
    error RoundNotFinalized(bytes32 runId, uint64 round);
    error NoReward(bytes32 runId, uint64 round, address peer);
    error RunNotOver(bytes32 runId, uint32 finalized, uint32 rounds);
    error NotSubmitter(bytes32 runId, address caller);

    error NoContribution(bytes32 runId, uint64 round, address solver);
    error DisputeWindowClosed(bytes32 runId, uint64 round, uint64 closedAt);
    error BondTooLow(uint256 sent, uint256 need);
    error SelfDispute();
    error DisputeActive(uint256 id);
    error UnknownDispute(uint256 id);
    error NotChallenger(uint256 id, address caller);
    error NotSolver(uint256 id, address caller);
    error DisputeNotOpen(uint256 id);
    error RevealPending(uint256 id, uint64 revealDeadline);
    error NoRevealPending(uint256 id);
    error TooManyReveals(uint256 id, uint8 max);
    error DeadlinePassed(uint256 id, uint64 deadline);
    error NotTimedOut(uint256 id, uint64 deadline);
    error RevealMismatch(uint256 id, string why);
}
