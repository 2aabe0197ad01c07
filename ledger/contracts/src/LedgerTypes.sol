// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @notice Protocol parameters fixed at deployment.
struct LedgerParams {
    address referee; // the Referee contract
    uint64 withdrawDelay; // seconds between requestUnstake and withdrawStake
    uint64 revealWindow; // seconds a solver has to answer a forced reveal
    uint64 responseWindow; // seconds a challenger has to submit its proof (after opening or a reveal)
    uint16 whistleblowerBps; // share of a slashed stake paid to the winning challenger (basis points)
    uint16 verifiersPerContribution; // verifiers the beacon assigns to each contribution
    uint16 maxCommitsPerRound; // cap on contributions per round (bounds verifier assignment)
    uint8 maxReveals; // forced reveals per dispute
}

/// @notice What a submitter fixes when creating a run.
struct RunConfig {
    bytes32 configHash; // hash of the run's full configuration (model, task family, hyperparameters)
    string task; // task family name
    uint64 start; // unix time of round 0's start (0: the creating block's time)
    uint32 roundDuration; // seconds of each round's commit phase
    uint32 numRounds; // rounds in the run
    uint32 disputeWindow; // seconds after a round's commit deadline during which disputes may open
    uint128 minStake; // stake a peer needs to commit (and what it loses when slashed)
    uint128 disputeBond; // bond a challenger posts to open a dispute
    bytes32 initialModelRoot; // the agreed model of round 0
    string[] bootstrap; // libp2p multiaddrs of bootstrap peers
}

/// @notice A peer's commitment for one round.
struct Commitment {
    bytes32 contributionRoot; // content root of the peer's rollouts/critiques of the round
    bytes32 traceRoot; // docs/PROTOCOL.md 1.3 contribution root of the training step trace
    bytes32 updateRoot; // content root of the update blob
    uint64 updateSize; // update blob length in bytes
}

/// @notice Status of a contribution (one peer, one round).
enum ContributionStatus {
    None,
    Committed,
    Slashed, // a dispute proved it wrong: excluded from rewards and aggregation
    Claimed // its reward was claimed
}

/// @notice Lifecycle of a dispute.
enum DisputeState {
    None,
    Open,
    SolverWon,
    ChallengerWon
}

/// @notice Why a dispute ended.
enum DisputeOutcome {
    None,
    ProofSolverRight, // the element proof showed the solver's element correct
    ProofWrongElement, // the element proof showed a wrong element
    ProofWrongGraph, // an input was not its producer's output
    ProofWrongShape, // the op's committed shapes/attributes are impossible
    RevealTimeout, // the solver did not answer a forced reveal in time
    ProofTimeout // the challenger did not submit a proof in time
}

/// @notice A forced reveal the challenger asked for.
struct RevealRequest {
    uint32 step; // step index in the trace
    uint32 record; // record index in the step
    bool withChunk; // also reveal one chunk of an output
    uint8 slot; // that output's slot
    uint32 chunk; // that chunk's index
}

/// @notice A dispute against one contribution.
struct Dispute {
    bytes32 runId;
    uint64 round;
    address solver;
    address challenger;
    uint128 bond;
    uint64 deadline; // the challenger's proof deadline
    uint64 revealDeadline; // nonzero while a forced reveal is pending
    uint8 reveals; // forced reveals requested so far
    DisputeState state;
    DisputeOutcome outcome;
    RevealRequest pending;
}
