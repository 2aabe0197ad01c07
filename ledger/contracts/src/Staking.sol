// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {LedgerStorage} from "./LedgerStorage.sol";
import {Member, LedgerParams} from "./LedgerTypes.sol";

/// @title Staking: per-run stake escrow and the pull-payment credit ledger.
/// @notice A peer escrows stake for one run with joinRun; slashes of its
/// contributions (and verifier penalties) to that run take from it. It leaves
/// with its stake once its last commitment can no longer be disputed or vote
/// (docs/LEDGER.md, "Run stake").
abstract contract Staking is LedgerStorage {
    /// @notice Escrows msg.value (at least the run's minStake) as the caller's
    /// stake in the run. One escrow per run and peer; leave to change it.
    function joinRun(bytes32 runId) external payable {
        Run storage r = _run(runId);
        Member storage m = _members[runId][msg.sender];
        if (m.stake != 0) revert AlreadyJoined(runId, msg.sender);
        if (msg.value < r.cfg.minStake) revert InsufficientStake(msg.sender, msg.value, r.cfg.minStake);
        m.stake = uint128(msg.value);
        emit Joined(runId, msg.sender, msg.value);
    }

    /// @notice Credits the caller's whole run stake back once it is unlocked
    /// (see lockedUntil) and no dispute against its contributions is open.
    function leaveRun(bytes32 runId) external {
        Member storage m = _members[runId][msg.sender];
        uint256 amount = m.stake;
        if (amount == 0) revert NotJoined(runId, msg.sender);
        if (block.timestamp < m.lockedUntil) revert StakeLocked(m.lockedUntil);
        if (m.openDisputes != 0) revert PeerInDispute(msg.sender, m.openDisputes);
        m.stake = 0;
        _credit[msg.sender] += amount;
        emit Left(runId, msg.sender, amount);
    }

    /// @notice Pays out the caller's credit (rewards, fees, bonds, shares, left stakes).
    function withdraw() external {
        uint256 amount = _credit[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        _credit[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        _send(msg.sender, amount);
    }

    /// @notice A peer's escrow in a run.
    function member(bytes32 runId, address a) external view returns (Member memory) {
        return _members[runId][a];
    }

    /// @notice What withdraw would pay account a.
    function credit(address a) external view returns (uint256) {
        return _credit[a];
    }

    /// @notice The protocol parameters.
    function params() external view returns (LedgerParams memory) {
        return _params;
    }
}
