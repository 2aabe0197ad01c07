// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @notice One input reference of an op record (docs/PROTOCOL.md 1.2).
struct OpInput {
    uint8 refKind; // 0 = output of an earlier op, 1 = external input
    uint32 producer; // refKind 0
    uint8 slot; // refKind 0
    bytes32 nameHash; // refKind 1
    bytes32 root; // tensor root of the input
}

/// @notice A decoded op record (docs/PROTOCOL.md 1.2).
struct OpRecordData {
    uint32 index;
    uint16 kind;
    uint32[] attrs;
    OpInput[] inputs;
    bytes32[] outputs;
}

/// @title OpRecord: decoding and hashing of op records.
library OpRecord {
    uint8 internal constant VERSION = 1;

    /// @notice The bytes are not a well-formed op record.
    error BadRecord(string why);

    /// @notice recordHash = H(0x10 || record bytes).
    function hash(bytes calldata rec) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(bytes1(0x10), rec));
    }

    /// @notice Decodes rec, requiring that it is exactly one record.
    function decode(bytes calldata rec) internal pure returns (OpRecordData memory r) {
        uint256 p = 0;
        if (rec.length < 9) revert BadRecord("short");
        if (uint8(rec[0]) != VERSION) revert BadRecord("version");
        p = 1;
        r.index = uint32(_u(rec, p, 4));
        p += 4;
        r.kind = uint16(_u(rec, p, 2));
        p += 2;
        uint256 n = _u(rec, p, 1);
        p += 1;
        r.attrs = new uint32[](n);
        for (uint256 i = 0; i < n; ++i) {
            r.attrs[i] = uint32(_u(rec, p, 4));
            p += 4;
        }
        n = _u(rec, p, 1);
        p += 1;
        r.inputs = new OpInput[](n);
        for (uint256 i = 0; i < n; ++i) {
            OpInput memory in_ = r.inputs[i];
            in_.refKind = uint8(_u(rec, p, 1));
            p += 1;
            if (in_.refKind == 0) {
                in_.producer = uint32(_u(rec, p, 4));
                in_.slot = uint8(_u(rec, p + 4, 1));
                p += 5;
            } else if (in_.refKind == 1) {
                in_.nameHash = bytes32(_u(rec, p, 32));
                p += 32;
            } else {
                revert BadRecord("reference kind");
            }
            in_.root = bytes32(_u(rec, p, 32));
            p += 32;
        }
        n = _u(rec, p, 1);
        p += 1;
        r.outputs = new bytes32[](n);
        for (uint256 i = 0; i < n; ++i) {
            r.outputs[i] = bytes32(_u(rec, p, 32));
            p += 32;
        }
        if (p != rec.length) revert BadRecord("trailing bytes");
    }

    /// @dev Big-endian unsigned integer of n <= 32 bytes at offset p.
    function _u(bytes calldata b, uint256 p, uint256 n) private pure returns (uint256 v) {
        if (p + n > b.length) revert BadRecord("truncated");
        assembly {
            v := shr(sub(256, mul(n, 8)), calldataload(add(b.offset, p)))
        }
    }
}
