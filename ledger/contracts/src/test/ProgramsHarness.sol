// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {TensorSlice} from "../Merkle.sol";
import {IndexPrograms} from "../IndexPrograms.sol";
import {ReducePrograms} from "../ReducePrograms.sol";

/// @title ProgramsHarness: batched access to the delegated element programs
/// (IndexPrograms, ReducePrograms) for differential tests.
/// @notice Not deployed on a network; tests call it with eth_call to compare
/// many output elements with RepOps at once. Slices are not checked against
/// any root: a test passes whole tensors (firstChunk 0, no siblings).
contract ProgramsHarness {
    /// @notice One op: its kind, attributes, output count, inputs and output
    /// shape, and the elements of output slot to compute.
    struct Case {
        uint16 kind;
        uint32[] attrs;
        uint8 outputs;
        TensorSlice[] ins;
        uint32[] outShape;
        uint8 slot;
        uint64[] elems;
    }

    /// @notice Bit 32 of a result: the program found the op impossible (ok false).
    uint256 public constant IMPOSSIBLE = 1 << 32;

    /// @notice For each case, each element's bits (or IMPOSSIBLE).
    function run(Case[] calldata cs) external pure returns (uint256[][] memory out) {
        out = new uint256[][](cs.length);
        for (uint256 c = 0; c < cs.length; ++c) {
            Case calldata k = cs[c];
            out[c] = new uint256[](k.elems.length);
            for (uint256 i = 0; i < k.elems.length; ++i) {
                (uint256 bits, bool ok) = _one(k, k.elems[i]);
                out[c][i] = ok ? bits : IMPOSSIBLE;
            }
        }
    }

    function _one(Case calldata k, uint256 e) private pure returns (uint256, bool) {
        if (IndexPrograms.handles(k.kind)) {
            if (k.outputs != 1) return (0, false);
            return IndexPrograms.compute(k.kind, k.attrs, k.ins, k.outShape, e);
        }
        return ReducePrograms.compute(k.kind, k.attrs, k.outputs, k.ins, k.outShape, k.slot, e);
    }
}
