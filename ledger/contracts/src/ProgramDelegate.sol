// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {OpRecord, OpRecordData} from "./OpRecord.sol";
import {ElementProof} from "./Referee.sol";
import {ElementPrograms} from "./ElementPrograms.sol";

/// @title ProgramDelegate: a contract holding element programs for the Referee.
/// @notice The Referee is near the code size limit, so the programs of some
/// kinds live in separate contracts. The Referee checks a proof's record,
/// graph and slices, then forwards its own calldata with compute's selector
/// (judge and compute take the same arguments) in a staticcall, and takes the
/// result as if the program ran inside it. compute trusts nothing but does not
/// check Merkle proofs: called directly, it only computes.
abstract contract ProgramDelegate {
    /// @notice Result bit set when the op as committed is impossible.
    uint256 public constant IMPOSSIBLE = 1 << 32;

    /// @notice Element p.element of output slot p.slot of the op p.target.record
    /// commits, from the proof's input slices, as float32 bits; IMPOSSIBLE
    /// if the shapes, attributes or ids are impossible for the kind.
    function compute(bytes32, ElementProof calldata p) external pure returns (uint256) {
        OpRecordData memory r = OpRecord.decode(p.target.record);
        (uint256 bits, bool ok) = _compute(r.kind, r.attrs, r.outputs.length, p);
        return ok ? bits : IMPOSSIBLE;
    }

    /// @dev The program for kind; outputs is the record's output count.
    function _compute(uint16 kind, uint32[] memory attrs, uint256 outputs, ElementProof calldata p)
        internal
        pure
        virtual
        returns (uint256, bool);

    /// @dev Reused from ElementPrograms so that the Referee's ABI decodes it.
    function _unsupported(uint16 kind) internal pure {
        revert ElementPrograms.UnsupportedKind(kind);
    }
}
