// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ILedgerEvents} from "./ILedgerEvents.sol";
import {LedgerParams, RunConfig, Commitment, Contribution, Member, Dispute} from "./LedgerTypes.sol";

/// @title LedgerStorage: the state of the Ledger, shared by the Ledger and its
/// Disputes module (which runs by delegatecall in the Ledger's storage). Both
/// inherit this contract and declare no state of their own, so the layouts
/// agree by construction.
abstract contract LedgerStorage is ILedgerEvents {
    /// @notice A run: its configuration and escrowed reward pool.
    struct Run {
        address submitter;
        uint32 finalizedRounds;
        uint128 rewardPerRound;
        uint128 pool; // escrowed and not yet allocated to a finalized round
        RunConfig cfg;
    }

    /// @notice A round of a run.
    struct Round {
        uint64 seedBlock; // fixed by the first closeRound after C_r
        bool finalized;
        uint32 openDisputes;
        uint32 attestations; // verifier attestations of contributions not convicted
        uint32 finalCount; // size of the final set, set at finalization
        bytes32 beacon; // H(blockhash(seedBlock) || run || r) once read
        uint128 bonus; // slashes, verifier penalties and losing bonds added to the round's rewards
        uint128 perContribution; // reward of each final contribution, set at finalization
        uint128 unclaimed; // allocated at finalization, not yet claimed
        uint128 finalStake; // run stake of the final set at finalization (weights of the votes on round r+D)
        bytes32 agreedRoot; // model root of round r+1 backed by a stake majority
        bytes32 leader; // the root with the most stake so far (ties: smaller root)
        uint128 leaderWeight;
        address[] contributors; // in commit order: the canonical aggregation order
    }

    /// @dev Gas a solver's forced reveal may cost (a 4,746-byte record, a 256-byte
    /// chunk, their proofs, the Revealed log): the bond must cover maxReveals+1 of
    /// them (the step root post included) at the run's minGasPrice.
    uint256 internal constant REVEAL_GAS = 300_000;
    /// @dev Most verifiers per contribution.
    uint16 internal constant MAX_VERIFIERS = 16;

    LedgerParams internal _params;
    uint256 internal _runCount;
    uint256 internal _disputeCount;
    mapping(bytes32 => Run) internal _runs;
    mapping(bytes32 => mapping(address => Member)) internal _members;
    mapping(bytes32 => mapping(uint64 => Round)) internal _rounds;
    mapping(bytes32 => mapping(uint64 => mapping(address => Commitment))) internal _commits;
    mapping(bytes32 => mapping(uint64 => mapping(address => Contribution))) internal _contribs;
    /// @dev First committer of an update root in a round.
    mapping(bytes32 => mapping(uint64 => mapping(bytes32 => address))) internal _firstBatch; // first committer of each batch root in a round
    /// @dev Assigned verifiers that attested a contribution (run, round, solver).
    mapping(bytes32 => mapping(uint64 => mapping(address => address[]))) internal _attesters;
    /// @dev Stake voted for each model root of round r+1 (run, r, root).
    mapping(bytes32 => mapping(uint64 => mapping(bytes32 => uint256))) internal _votes;
    mapping(bytes32 => mapping(uint64 => mapping(address => bool))) internal _voted;
    mapping(uint256 => Dispute) internal _disputes;
    /// @dev Pull payments: rewards, fees, returned bonds, whistleblower shares, left stakes, pools.
    mapping(address => uint256) internal _credit;

    function _run(bytes32 runId) internal view returns (Run storage r) {
        r = _runs[runId];
        if (r.submitter == address(0)) revert UnknownRun(runId);
    }

    /// @dev T_r, the start of round r (reverts for a round the run does not have).
    function _start(Run storage r, bytes32 runId, uint64 round) internal view returns (uint64) {
        if (round >= r.cfg.numRounds) revert NoSuchRound(runId, round);
        return r.cfg.start + round * r.cfg.roundDuration;
    }

    /// @dev C_r, the commit deadline of round r.
    function _commitEnd(Run storage r, bytes32 runId, uint64 round) internal view returns (uint64) {
        return _start(r, runId, round) + r.cfg.commitWindow;
    }

    /// @dev X_r, the end of round r's dispute window.
    function _disputeEnd(Run storage r, bytes32 runId, uint64 round) internal view returns (uint64) {
        return _commitEnd(r, runId, round) + r.cfg.disputeWindow;
    }

    /// @dev F_r, when round r becomes final (once no dispute on it is open).
    function _finalAt(Run storage r, bytes32 runId, uint64 round) internal view returns (uint64) {
        return _disputeEnd(r, runId, round) + r.cfg.disputeDuration;
    }

    /// @dev Takes up to amount from a's stake in the run and returns what was taken.
    function _take(bytes32 runId, address a, uint256 amount) internal returns (uint256 taken) {
        Member storage m = _members[runId][a];
        taken = amount < m.stake ? amount : m.stake;
        m.stake -= uint128(taken);
    }

    function _send(address to, uint256 amount) internal {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed(to, amount);
    }

    /// @dev Runs this call's calldata in module m by delegatecall (in this
    /// contract's storage) and returns or reverts with m's return data.
    function _forward(address m) internal {
        assembly {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), m, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            switch ok
            case 0 { revert(0, returndatasize()) }
            default { return(0, returndatasize()) }
        }
    }
}
