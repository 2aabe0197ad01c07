// Package trace serves the op-level trace of committed contributions to challengers: the
// stream protocol /apiary/trace/1.0.0 (docs/PROTOCOL.md §2.6) over which a dispute is
// narrowed peer to peer.
//
// A challenger (Client) asks a solver (Server) for one committed contribution's step roots,
// the record hashes of one step, some of its op records, or a range of chunks of one tensor
// of one record, each with one request per stream. Every answer is checked against the root
// it must match before it is returned: the step roots against the committed trace root, the
// record hashes against the op-level step root the solver posted on chain, each record
// against its hash, and a chunk range (with its range proof) against the tensor root the
// record commits. A peer that lies or breaks the protocol gets an error wrapping ErrProtocol
// (a wrong root: also ErrMismatch), never unchecked data.
//
// Messages are length-prefixed big-endian binary, versioned, with a request type byte, and
// decoded strictly within fixed limits. The server reads what it serves from a Source (in
// the node: the store plus a replay, which is expensive); it keeps the last steps it served
// in a bounded LRU and loads a step once however many requests ask for it at the same time.
package trace
