// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Inclusion, TensorSlice} from "./Merkle.sol";

/// @notice Protocol parameters fixed at deployment.
struct LedgerParams {
    address referee; // the Referee contract
    uint64 revealWindow; // seconds a solver has to post a step root or answer a forced reveal
    uint64 responseWindow; // seconds a challenger has to move (after the step root or a reveal)
    uint16 maxCommitsPerRound; // cap on contributions per round (bounds verifier assignment and finalization)
    uint8 maxReveals; // forced reveals per dispute
}

/// @notice What a submitter fixes when creating a run (docs/PROTOCOL.md 3.8,
/// docs/LEDGER.md "Economics"). Round r starts at T_r = start + r*roundDuration;
/// commits until C_r = T_r + commitWindow; assigned verifiers attest until
/// V_r = C_r + verifyWindow; disputes open until X_r = C_r + disputeWindow;
/// the round is final at F_r = X_r + disputeDuration.
struct RunConfig {
    bytes32 configHash; // hash of the run's canonical config (PROTOCOL 3.2)
    bytes32 skeletonRoot; // the program skeleton every step follows (PROTOCOL 3.2)
    bytes32 initialModelRoot; // model root of round 0 (PROTOCOL 3.1)
    bytes32 outputsRoot; // which record and slot of a step produce each gradient: H(0x1B || per parameter u32 record || u8 slot)
    string task; // task family name
    uint64 start; // unix time of round 0's start (0: the creating block's time)
    uint32 roundDuration; // seconds between round starts
    uint32 numRounds; // rounds in the run
    uint32 commitWindow; // seconds after T_r during which commits are accepted
    uint32 verifyWindow; // seconds after C_r during which assigned verifiers attest
    uint32 disputeWindow; // seconds after C_r during which disputes open
    uint32 disputeDuration; // seconds after X_r by which every dispute has ended
    uint8 finalityLag; // D: round r is aggregated into the model of round r+D+1 (0: the default 2)
    uint16 verifiersPerContribution; // k: verifiers the beacon assigns to each contribution
    uint16 whistleblowerBps; // share of a slash paid to the winning challenger, below 5000
    uint128 minStake; // run stake a peer must escrow to commit
    uint128 slashAmount; // what a convicted contribution costs its peer
    uint128 disputeBond; // bond a challenger posts to open a dispute
    uint128 minGasPrice; // gas price the bond must cover the solver's reveals at
    uint128 verifierFee; // paid per attestation of a contribution that is not convicted
    uint128 verifierPenalty; // taken from a verifier that attested a convicted contribution
}

/// @notice A peer's commitment for one round (docs/PROTOCOL.md 3.8).
struct Commitment {
    bytes32 base; // model root of round r the contribution trains from
    bytes32 batchRoot; // batch manifest root (PROTOCOL 3.5)
    bytes32 traceRoot; // contribution root over the steps' output roots (PROTOCOL 3.6)
    bytes32 updateRoot; // named-set root of the update (PROTOCOL 3.6)
    bytes32 updateBlob; // transport address of the update blob
    uint64 updateSize; // update blob length in bytes
    uint32 nsteps; // steps of the contribution (groups of its batch)
}

/// @notice Status of a contribution (one peer, one round).
enum ContributionStatus {
    None,
    Committed,
    Convicted // a dispute proved it wrong: out of the final set, its peer slashed
}

/// @notice A peer's contribution record for one round.
struct Contribution {
    ContributionStatus status;
    bool duplicate; // its batch root was committed earlier in the round by another peer (a copy)
    bool rewardClaimed;
    bool feeClaimed;
    uint16 attestations; // assigned verifiers that attested it
    uint16 verified; // contributions of the round it attested as a verifier and that still count
    uint32 position; // index in commit order
}

/// @notice A peer's escrow in one run.
struct Member {
    uint128 stake; // escrowed for the run; slashes take from it
    uint64 lockedUntil; // leaveRun is refused before
    uint32 openDisputes; // open disputes against its contributions to the run
}

/// @notice Lifecycle of a dispute.
enum DisputeState {
    None,
    Open,
    SolverWon,
    ChallengerWon,
    Void // the contribution was convicted by another dispute: the bond is returned
}

/// @notice Why a dispute ended.
enum DisputeOutcome {
    None,
    ProofSolverRight, // the element proof showed the solver's element correct
    ProofWrongElement, // the element proof showed a wrong element
    ProofWrongGraph, // an input was not its producer's output
    ProofWrongShape, // the op's committed shapes/attributes are impossible
    RevealTimeout, // the solver did not answer a forced reveal in time
    ProofTimeout, // the challenger did not move in time
    StepTimeout, // the solver did not post the disputed step's root in time
    Superseded, // another dispute convicted the contribution first
    ProofWrongExternal, // a record's external input is not the committed model's or batch's tensor
    ProofWrongProgram, // a record (or the record count) differs from the run's program skeleton
    ProofWrongOutput, // a step's gradient is not its trace's output, or the update not the sum of the steps
    ProofWrongReward // a step's payload is not a valid payload of its author's draw, or claims a wrong reward
}

/// @notice A forced reveal the challenger asked for, within the disputed step.
struct RevealRequest {
    uint32 record; // record index in the step
    bool withChunk; // also reveal one chunk of an output
    uint8 slot; // that output's slot
    uint32 chunk; // that chunk's index
}

/// @notice A dispute against one step of one contribution. Field order packs
/// deadline with nrecords (which postStep always changes), so that the gas of
/// postStep does not depend on whether the new deadline equals the old one
/// (an estimate made at the previous block's time would otherwise fall short).
struct Dispute {
    bytes32 runId;
    uint64 round;
    address solver;
    address challenger;
    uint64 deadline; // the moving party's deadline (solver before the step root is posted, else challenger)
    uint32 nrecords; // posted record count of the step
    uint128 bond;
    uint64 revealDeadline; // nonzero while a forced reveal is pending
    uint32 step; // the disputed step of the contribution
    uint8 reveals; // forced reveals requested so far
    DisputeState state;
    DisputeOutcome outcome;
    bytes32 stepRoot; // the op-level step root the solver posted (PROTOCOL 1.3); zero until posted
    RevealRequest pending;
}

/// @notice A named tensor (docs/PROTOCOL.md 3.1): its leaf H(0x14 || nameHash
/// || root) and the leaf's inclusion in a named-set root.
struct NamedProof {
    bytes32 nameHash;
    bytes32 root;
    Inclusion inSet;
}

/// @notice The committed outputs of a disputed step, posted with its op-level
/// step root (docs/PROTOCOL.md 3.8): every step output root s_0..s_{N-1},
/// whose contribution root must be the committed trace root, and the disputed
/// step's gradient leaves (name hash, tensor root) in parameter order, whose
/// named-set root must be s_step. They tie the posted trace to the commitment
/// on chain, so a solver that withholds them peer to peer cannot stall a
/// wrong-output proof.
struct StepOutputs {
    bytes32[] steps;
    bytes32[] gradNames;
    bytes32[] gradRoots;
}

/// @notice A tensor root opened to its shape and data root:
/// root = H(0x02 || u8 rank || u32 dims[] || dataRoot).
struct ShapeProof {
    uint32[] shape;
    bytes32 dataRoot;
}

/// @notice The proof that an update element is not the sequential sum of the
/// steps' gradient elements (docs/PROTOCOL.md 3.6): every step output root
/// (their contribution root is the committed trace root), per step the
/// gradient's leaf at index param and the chunk holding the element, and the
/// update's leaf at index param with its chunk.
struct UpdateProof {
    uint32 param;
    uint64 element;
    bytes32[] stepOutputs;
    NamedProof[] grads;
    TensorSlice[] gradSlices;
    NamedProof update;
    TensorSlice updateSlice;
}
