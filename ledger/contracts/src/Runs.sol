// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Staking} from "./Staking.sol";
import {LedgerParams, RunConfig, Commitment, Contribution, ContributionStatus, Member} from "./LedgerTypes.sol";

/// @title Runs: training runs and their rounds: commits, the beacon,
/// verifier assignment and attestation, the final set and rewards.
abstract contract Runs is Staking {
    /// @notice Creates a run escrowing msg.value as its reward pool (split
    /// evenly over its rounds) and returns its ID. Refuses windows that do not
    /// fit the round schedule and bonds or slashes too small to work
    /// (docs/LEDGER.md, "Economics").
    function createRun(RunConfig calldata c, string[] calldata bootstrap) external payable returns (bytes32 runId) {
        uint256 lag = c.finalityLag == 0 ? 2 : c.finalityLag;
        _checkSchedule(c, lag);
        _checkEconomics(c);
        if (bytes(c.task).length == 0 || bytes(c.task).length > 256) revert BadRunConfig("task name length");
        if (bootstrap.length > 32) revert BadRunConfig("more than 32 bootstrap addresses");
        runId = keccak256(abi.encode(block.chainid, address(this), ++_runCount));
        Run storage r = _runs[runId];
        r.submitter = msg.sender;
        r.cfg = c;
        r.cfg.finalityLag = uint8(lag);
        if (c.start == 0) r.cfg.start = uint64(block.timestamp);
        r.rewardPerRound = uint128(msg.value / c.numRounds);
        r.pool = uint128(msg.value);
        emit RunCreated(runId, msg.sender, r.cfg, msg.value, bootstrap);
    }

    /// @dev Every window nonzero; commits inside the round; verifiers done by
    /// X_r; F_r <= T_{r+D}; a full dispute with every reveal fits in disputeDuration.
    function _checkSchedule(RunConfig calldata c, uint256 lag) private view {
        if (c.numRounds == 0 || c.roundDuration == 0) revert BadRunConfig("zero rounds or round duration");
        if (c.configHash == 0 || c.skeletonRoot == 0 || c.initialModelRoot == 0 || c.outputsRoot == 0) revert BadRunConfig("zero root");
        if (c.commitWindow == 0 || c.verifyWindow == 0 || c.disputeWindow == 0 || c.disputeDuration == 0) {
            revert BadRunConfig("zero window");
        }
        if (c.commitWindow > c.roundDuration) revert BadRunConfig("commit window longer than a round");
        if (c.verifyWindow > c.disputeWindow) revert BadRunConfig("verify window longer than dispute window");
        if (uint256(c.commitWindow) + c.disputeWindow + c.disputeDuration > lag * c.roundDuration) {
            revert BadRunConfig("round not final before round r+D ends");
        }
        LedgerParams memory p = _params;
        if (c.disputeDuration < (uint256(p.maxReveals) + 1) * (p.revealWindow + p.responseWindow)) {
            revert BadRunConfig("dispute duration below a full dispute");
        }
    }

    /// @dev Stake covers a slash and a verifier penalty; the whistleblower share
    /// is below half and at least the bond; the bond covers the solver's
    /// reveals; the verifier fees of a full round fit in its reward.
    function _checkEconomics(RunConfig calldata c) private view {
        if (c.whistleblowerBps == 0 || c.whistleblowerBps >= 5000) revert BadRunConfig("whistleblower share not in (0, 50%)");
        if (c.verifiersPerContribution == 0 || c.verifiersPerContribution > MAX_VERIFIERS) {
            revert BadRunConfig("verifiers per contribution not in [1, 16]");
        }
        if (c.minGasPrice == 0) revert BadRunConfig("zero min gas price");
        if (c.disputeBond < (uint256(_params.maxReveals) + 1) * REVEAL_GAS * c.minGasPrice) {
            revert BadRunConfig("bond below the solver's reveal gas");
        }
        if (uint256(c.slashAmount) * c.whistleblowerBps < uint256(c.disputeBond) * 10_000) {
            revert BadRunConfig("whistleblower share below the bond");
        }
        if (c.minStake < uint256(c.slashAmount) + c.verifierPenalty) revert BadRunConfig("stake below slash + penalty");
        if (msg.value < c.numRounds) revert BadRunConfig("pool below one wei per round");
        uint256 fees = uint256(c.verifierFee) * c.verifiersPerContribution * _params.maxCommitsPerRound;
        if (fees > msg.value / c.numRounds) revert BadRunConfig("verifier fees above the round reward");
    }

    /// @notice Commits the caller's contribution to round r, in [T_r, C_r).
    function commit(bytes32 runId, uint64 round, Commitment calldata c) external {
        Run storage r = _run(runId);
        uint64 opens = _start(r, runId, round);
        uint64 closes = opens + r.cfg.commitWindow;
        if (block.timestamp < opens || block.timestamp >= closes) revert RoundNotOpen(runId, round, opens, closes);
        Member storage m = _members[runId][msg.sender];
        if (m.stake < r.cfg.minStake) revert InsufficientStake(msg.sender, m.stake, r.cfg.minStake);
        if (
            c.base == 0 || c.batchRoot == 0 || c.traceRoot == 0 || c.updateRoot == 0 || c.updateBlob == 0
                || c.nsteps == 0
        ) revert ZeroRoot();
        bytes32 base = _modelRoot(runId, round);
        if (base != 0 && c.base != base) revert WrongBase(c.base, base);
        Contribution storage k = _contribs[runId][round][msg.sender];
        if (k.status != ContributionStatus.None) revert AlreadyCommitted(runId, round, msg.sender);
        Round storage rd = _rounds[runId][round];
        if (rd.contributors.length >= _params.maxCommitsPerRound) revert RoundFull(runId, round);
        _commits[runId][round][msg.sender] = c;
        k.status = ContributionStatus.Committed;
        k.position = uint32(rd.contributors.length);
        address first = _firstBatch[runId][round][c.batchRoot];
        if (first == address(0)) _firstBatch[runId][round][c.batchRoot] = msg.sender;
        else k.duplicate = true;
        rd.contributors.push(msg.sender);
        // Locked while a dispute can open or last, and while the contribution's
        // stake weighs in the vote on the model of round r+D+1 (until T_{r+D+1}).
        uint64 lock = opens + (uint64(r.cfg.finalityLag) + 1) * r.cfg.roundDuration;
        if (lock > m.lockedUntil) m.lockedUntil = lock;
        emit Committed(runId, round, msg.sender, k.position, k.duplicate, c);
    }

    /// @notice After C_r, fixes round r's seed block to the next block (whose
    /// hash nobody knows yet); a later call stores the beacon once that block
    /// exists, or re-arms the seed block if 256 blocks passed unread.
    function closeRound(bytes32 runId, uint64 round) external {
        Run storage r = _run(runId);
        uint64 closes = _commitEnd(r, runId, round);
        if (block.timestamp < closes) revert RoundStillOpen(runId, round, closes);
        Round storage rd = _rounds[runId][round];
        if (rd.beacon != 0) revert RoundAlreadyClosed(runId, round);
        uint64 sb = rd.seedBlock;
        if (sb != 0 && block.number <= sb) revert BeaconPending(runId, round, sb);
        if (sb != 0 && block.number <= uint256(sb) + 256) {
            _fixBeacon(runId, round, rd);
            return;
        }
        rd.seedBlock = uint64(block.number) + 1;
        emit RoundClosed(runId, round, rd.seedBlock, uint32(rd.contributors.length));
    }

    /// @notice An assigned verifier of solver's contribution vouches for it
    /// before V_r. Earns verifierFee at finalization unless the contribution is
    /// convicted (then it pays verifierPenalty from its run stake).
    function attestContribution(bytes32 runId, uint64 round, address solver) external {
        Run storage r = _run(runId);
        uint64 until = _commitEnd(r, runId, round) + r.cfg.verifyWindow;
        if (block.timestamp >= until) revert VerifyWindowClosed(runId, round, until);
        Round storage rd = _rounds[runId][round];
        if (rd.beacon == 0) _fixBeacon(runId, round, rd);
        Contribution storage k = _contribs[runId][round][solver];
        if (k.status != ContributionStatus.Committed) revert NoContribution(runId, round, solver);
        address[] memory vs = _verifiers(r, rd, solver, rd.beacon);
        bool assigned;
        for (uint256 i = 0; i < vs.length; ++i) {
            if (vs[i] == msg.sender) assigned = true;
        }
        if (!assigned) revert NotAssigned(runId, round, solver, msg.sender);
        address[] storage att = _attesters[runId][round][solver];
        for (uint256 i = 0; i < att.length; ++i) {
            if (att[i] == msg.sender) revert AlreadyAttested(runId, round, msg.sender);
        }
        att.push(msg.sender);
        k.attestations++;
        _contribs[runId][round][msg.sender].verified++;
        rd.attestations++;
        emit ContributionAttested(runId, round, solver, msg.sender);
    }

    /// @notice Allocates round r's rewards once it is final (F_r passed, no
    /// open dispute): verifierFee per counted attestation, the rest of the
    /// round's reward and bonus evenly to the final set; records the final
    /// set's stake, the weight of the votes on the model of round r+D+1.
    function finalizeRound(bytes32 runId, uint64 round) external {
        Run storage r = _run(runId);
        Round storage rd = _rounds[runId][round];
        if (rd.finalized) revert AlreadyFinalized(runId, round);
        (address[] memory fs, uint256 n) = _finalSet(r, runId, round);
        uint256 weight;
        for (uint256 i = 0; i < n; ++i) {
            weight += _members[runId][fs[i]].stake;
        }
        rd.finalized = true;
        rd.finalCount = uint32(n);
        rd.finalStake = uint128(weight);
        r.finalizedRounds++;
        uint256 total = uint256(r.rewardPerRound) + rd.bonus;
        uint256 fees = uint256(r.cfg.verifierFee) * rd.attestations;
        uint256 per = n == 0 ? 0 : (total - fees) / n;
        uint256 allocated = fees + per * n;
        r.pool = uint128(r.pool - r.rewardPerRound + total - allocated); // dust and unearned reward stay in the pool
        rd.unclaimed = uint128(allocated);
        rd.perContribution = uint128(per);
        rd.bonus = 0;
        emit RoundFinalized(runId, round, uint32(n), per, fees);
    }

    /// @notice Credits the caller's reward (if in the final set) and verifier
    /// fees for a finalized round.
    function claimReward(bytes32 runId, uint64 round) external {
        Round storage rd = _rounds[runId][round];
        if (!rd.finalized) revert RoundNotFinalized(runId, round);
        Contribution storage k = _contribs[runId][round][msg.sender];
        uint256 amount;
        if (!k.rewardClaimed && _isFinal(k)) {
            k.rewardClaimed = true;
            amount = rd.perContribution;
        }
        if (!k.feeClaimed && k.verified != 0) {
            k.feeClaimed = true;
            amount += uint256(_runs[runId].cfg.verifierFee) * k.verified;
        }
        if (amount == 0) revert NoReward(runId, round, msg.sender);
        rd.unclaimed -= uint128(amount);
        _credit[msg.sender] += amount;
        emit RewardClaimed(runId, round, msg.sender, amount);
    }

    /// @notice After every round is finalized, credits what is left of the
    /// pool (division dust, rounds nobody earned) to the submitter.
    function reclaimPool(bytes32 runId) external {
        Run storage r = _run(runId);
        if (msg.sender != r.submitter) revert NotSubmitter(runId, msg.sender);
        if (r.finalizedRounds != r.cfg.numRounds) revert RunNotOver(runId, r.finalizedRounds, r.cfg.numRounds);
        uint256 amount = r.pool;
        if (amount == 0) revert NothingToWithdraw();
        r.pool = 0;
        _credit[msg.sender] += amount;
        emit PoolReclaimed(runId, msg.sender, amount);
    }

    /// @dev In the final set, given that its round is final.
    function _isFinal(Contribution storage k) internal view returns (bool) {
        return k.status == ContributionStatus.Committed && k.attestations != 0 && !k.duplicate;
    }

    /// @dev The final set of round r in commit order (n entries of fs);
    /// reverts RoundNotFinal before F_r or while a dispute on it is open.
    function _finalSet(Run storage r, bytes32 runId, uint64 round) internal view returns (address[] memory fs, uint256 n) {
        uint64 due = _finalAt(r, runId, round);
        Round storage rd = _rounds[runId][round];
        if (block.timestamp < due || rd.openDisputes != 0) revert RoundNotFinal(runId, round, due, rd.openDisputes);
        address[] storage cs = rd.contributors;
        fs = new address[](cs.length);
        for (uint256 i = 0; i < cs.length; ++i) {
            if (_isFinal(_contribs[runId][round][cs[i]])) fs[n++] = cs[i];
        }
    }

    function _fixBeacon(bytes32 runId, uint64 round, Round storage rd) internal {
        uint256 sb = rd.seedBlock;
        if (sb == 0 || block.number <= sb || block.number > sb + 256) revert BeaconNotReady(runId, round);
        rd.beacon = keccak256(abi.encodePacked(blockhash(sb), runId, round));
        emit BeaconFixed(runId, round, rd.beacon);
    }

    /// @dev The beacon of a round: stored, or readable from its seed block (0: neither).
    function _beaconOf(bytes32 runId, uint64 round) internal view returns (bytes32) {
        Round storage rd = _rounds[runId][round];
        if (rd.beacon != 0) return rd.beacon;
        uint256 sb = rd.seedBlock;
        if (sb == 0 || block.number <= sb || block.number > sb + 256) return 0;
        return keccak256(abi.encodePacked(blockhash(sb), runId, round));
    }

    /// @dev Up to k distinct other contributors of the round, drawn by a
    /// beacon-seeded partial Fisher-Yates shuffle of the commit order.
    function _verifiers(Run storage r, Round storage rd, address solver, bytes32 beacon)
        internal
        view
        returns (address[] memory out)
    {
        address[] memory pool = new address[](rd.contributors.length);
        uint256 n = 0;
        for (uint256 i = 0; i < rd.contributors.length; ++i) {
            if (rd.contributors[i] != solver) pool[n++] = rd.contributors[i];
        }
        uint256 k = r.cfg.verifiersPerContribution < n ? r.cfg.verifiersPerContribution : n;
        out = new address[](k);
        for (uint256 i = 0; i < k; ++i) {
            uint256 j = i + uint256(keccak256(abi.encode(beacon, solver, i))) % (n - i);
            (pool[i], pool[j]) = (pool[j], pool[i]);
            out[i] = pool[i];
        }
    }

    /// @dev Model root of round k (theta_k): the initial root for k = 0, the
    /// previous one for k <= D or when round k-1's vote drew no vote, else the
    /// stake majority, or at T_k the plurality (ties: smaller root). Zero while
    /// round k-1's vote is still open without a majority.
    function _modelRoot(bytes32 runId, uint64 k) internal view returns (bytes32) {
        Run storage r = _runs[runId];
        uint64 lag = r.cfg.finalityLag;
        while (k > 0) {
            uint64 j = k - 1;
            if (j >= lag) {
                Round storage rd = _rounds[runId][j];
                if (rd.agreedRoot != 0) return rd.agreedRoot;
                if (block.timestamp < r.cfg.start + uint256(k) * r.cfg.roundDuration) return 0;
                if (rd.leader != 0) return rd.leader;
            }
            k = j;
        }
        return r.cfg.initialModelRoot;
    }
}
