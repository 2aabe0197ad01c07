// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ILedgerEvents} from "./ILedgerEvents.sol";
import {LedgerParams} from "./LedgerTypes.sol";

/// @title Staking: peer registry, stakes with delayed withdrawal, and the
/// pull-payment credit ledger.
abstract contract Staking is ILedgerEvents {
    /// @notice A registered peer. Its address is derived from the same
    /// secp256k1 key as its libp2p peer ID.
    struct Peer {
        bool registered;
        uint32 openDisputes; // disputes against it that are still open
        uint64 unlockAt; // when a requested unstake may be withdrawn
        uint64 lockedUntil; // end of the dispute window of its latest commitment
        uint128 stake; // total stake, including the part being unstaked
        uint128 unstaking; // requested for withdrawal (still slashable)
    }

    LedgerParams internal _params;
    mapping(address => Peer) internal _peers;
    /// @dev Pull payments: rewards, returned bonds, whistleblower shares, reclaimed pools.
    mapping(address => uint256) internal _credit;

    /// @notice Registers the caller as a peer, staking msg.value.
    function register() external payable {
        Peer storage p = _peers[msg.sender];
        if (p.registered) revert AlreadyRegistered(msg.sender);
        p.registered = true;
        emit Registered(msg.sender);
        if (msg.value > 0) _addStake(p, msg.value);
    }

    /// @notice Adds msg.value to the caller's stake.
    function stake() external payable {
        Peer storage p = _registered(msg.sender);
        if (msg.value == 0) revert ZeroAmount();
        _addStake(p, msg.value);
    }

    /// @notice Starts withdrawing amount of the caller's stake; it stays
    /// slashable until withdrawStake, allowed after the withdrawal delay.
    function requestUnstake(uint256 amount) external {
        Peer storage p = _registered(msg.sender);
        if (amount == 0) revert ZeroAmount();
        uint256 available = p.stake - p.unstaking;
        if (amount > available) revert UnstakeExceedsStake(amount, available);
        p.unstaking += uint128(amount);
        p.unlockAt = uint64(block.timestamp) + _params.withdrawDelay;
        emit UnstakeRequested(msg.sender, amount, p.unlockAt);
    }

    /// @notice Pays out the caller's requested unstake once the delay has
    /// passed, its last commitment's dispute window is over and no dispute
    /// against it is open.
    function withdrawStake() external {
        Peer storage p = _registered(msg.sender);
        uint256 amount = p.unstaking;
        if (amount == 0) revert NothingToWithdraw();
        uint64 until = p.unlockAt > p.lockedUntil ? p.unlockAt : p.lockedUntil;
        if (block.timestamp < until) revert StakeLocked(until);
        if (p.openDisputes != 0) revert PeerInDispute(msg.sender, p.openDisputes);
        p.stake -= uint128(amount);
        p.unstaking = 0;
        emit StakeWithdrawn(msg.sender, amount);
        _send(msg.sender, amount);
    }

    /// @notice Pays out the caller's credit (rewards, bonds, shares).
    function withdraw() external {
        uint256 amount = _credit[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        _credit[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        _send(msg.sender, amount);
    }

    /// @notice A peer's registry entry.
    function peer(address a) external view returns (Peer memory) {
        return _peers[a];
    }

    /// @notice What withdraw would pay account a.
    function credit(address a) external view returns (uint256) {
        return _credit[a];
    }

    /// @notice The protocol parameters.
    function params() external view returns (LedgerParams memory) {
        return _params;
    }

    function _registered(address a) internal view returns (Peer storage p) {
        p = _peers[a];
        if (!p.registered) revert NotRegistered(a);
    }

    function _addStake(Peer storage p, uint256 amount) private {
        p.stake += uint128(amount);
        emit Staked(msg.sender, amount, p.stake);
    }

    /// @dev Takes up to amount from a's stake (the unstaking part last) and
    /// returns what was taken.
    function _slash(address a, uint256 amount) internal returns (uint256 taken) {
        Peer storage p = _peers[a];
        taken = amount < p.stake ? amount : p.stake;
        p.stake -= uint128(taken);
        if (p.unstaking > p.stake) p.unstaking = p.stake;
    }

    function _send(address to, uint256 amount) internal {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed(to, amount);
    }
}
