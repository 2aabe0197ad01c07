// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Commitment, RunConfig, RevealRequest, DisputeOutcome} from "./LedgerTypes.sol";
import {TensorSlice} from "./Merkle.sol";

/// @title ILedgerEvents: every event and custom error of the Ledger and its
/// Disputes module, in one place for indexers and leaderboards.
interface ILedgerEvents {
    // ---- run stakes and payouts ----
    event Joined(bytes32 indexed runId, address indexed peer, uint256 stake);
    event Left(bytes32 indexed runId, address indexed peer, uint256 stake);
    event Withdrawn(address indexed account, uint256 amount);

    // ---- runs, rounds, rewards ----
    event RunCreated(
        bytes32 indexed runId, address indexed submitter, RunConfig config, uint256 pool, string[] bootstrap
    );
    event Committed(
        bytes32 indexed runId, uint64 indexed round, address indexed peer, uint32 position, bool duplicate, Commitment commitment
    );
    event RoundClosed(bytes32 indexed runId, uint64 indexed round, uint64 seedBlock, uint32 contributions);
    event BeaconFixed(bytes32 indexed runId, uint64 indexed round, bytes32 beacon);
    event ContributionAttested(bytes32 indexed runId, uint64 indexed round, address indexed solver, address verifier);
    event ModelVoted(bytes32 indexed runId, uint64 indexed round, address indexed peer, bytes32 modelRoot, uint256 weight);
    event ModelAgreed(bytes32 indexed runId, uint64 indexed round, bytes32 modelRoot);
    event RoundFinalized(bytes32 indexed runId, uint64 indexed round, uint32 finalCount, uint256 perContribution, uint256 fees);
    event RewardClaimed(bytes32 indexed runId, uint64 indexed round, address indexed peer, uint256 amount);
    event PoolReclaimed(bytes32 indexed runId, address indexed submitter, uint256 amount);

    // ---- disputes ----
    event DisputeOpened(
        uint256 indexed id,
        bytes32 indexed runId,
        address indexed solver,
        uint64 round,
        uint32 step,
        address challenger,
        uint256 bond,
        uint64 deadline
    );
    event StepPosted(uint256 indexed id, bytes32 stepRoot, uint32 nrecords, uint64 deadline);
    event StepOutputsPosted(uint256 indexed id, bytes32[] steps, bytes32[] gradNames, bytes32[] gradRoots);
    event RevealRequested(uint256 indexed id, RevealRequest request, uint64 revealDeadline);
    event Revealed(uint256 indexed id, uint32 step, uint32 record, bytes recordBytes, TensorSlice chunk);
    event DisputeResolved(
        uint256 indexed id, address indexed winner, DisputeOutcome outcome, uint256 slashed, uint256 whistleblowerReward
    );
    event Slashed(address indexed peer, bytes32 indexed runId, uint64 round, uint256 amount);
    event VerifierPenalized(address indexed verifier, bytes32 indexed runId, uint64 round, uint256 amount);

    // ---- errors ----
    error ZeroAmount();
    error NotJoined(bytes32 runId, address peer);
    error AlreadyJoined(bytes32 runId, address peer);
    error InsufficientStake(address peer, uint256 have, uint256 need);
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
    error ZeroRoot();
    error WrongBase(bytes32 base, bytes32 modelRoot);
    error RoundStillOpen(bytes32 runId, uint64 round, uint64 closesAt);
    error RoundAlreadyClosed(bytes32 runId, uint64 round);
    error BeaconPending(bytes32 runId, uint64 round, uint64 seedBlock);
    error BeaconNotReady(bytes32 runId, uint64 round);
    error NotAssigned(bytes32 runId, uint64 round, address solver, address verifier);
    error AlreadyAttested(bytes32 runId, uint64 round, address peer);
    error VerifyWindowClosed(bytes32 runId, uint64 round, uint64 closedAt);
    error NotAVoter(bytes32 runId, uint64 round, address peer);
    error NoVote(bytes32 runId, uint64 round);
    error VotingClosed(bytes32 runId, uint64 round, uint64 closedAt);
    error RoundNotFinal(bytes32 runId, uint64 round, uint64 finalAt, uint32 openDisputes);
    error AlreadyFinalized(bytes32 runId, uint64 round);
    error RoundNotFinalized(bytes32 runId, uint64 round);
    error NoReward(bytes32 runId, uint64 round, address peer);
    error RunNotOver(bytes32 runId, uint32 finalized, uint32 rounds);
    error NotSubmitter(bytes32 runId, address caller);

    error NoContribution(bytes32 runId, uint64 round, address solver);
    error NoSuchStep(uint32 step, uint32 nsteps);
    error DisputeWindowClosed(bytes32 runId, uint64 round, uint64 closedAt);
    error BondTooLow(uint256 sent, uint256 need);
    error SelfDispute();
    error UnknownDispute(uint256 id);
    error NotChallenger(uint256 id, address caller);
    error NotSolver(uint256 id, address caller);
    error DisputeNotOpen(uint256 id);
    error StepNotPosted(uint256 id);
    error StepAlreadyPosted(uint256 id);
    error StepOutputsMismatch(uint256 id, string why);
    error RevealPending(uint256 id, uint64 revealDeadline);
    error NoRevealPending(uint256 id);
    error TooManyReveals(uint256 id, uint8 max);
    error DeadlinePassed(uint256 id, uint64 deadline);
    /// @notice A verdict proof does not fit the dispute (a wrong index, name or set).
    error VerdictMismatch(uint256 id, string why);
    error NotTimedOut(uint256 id, uint64 deadline);
    error RevealMismatch(uint256 id, string why);
    error NotDelegated();
}
