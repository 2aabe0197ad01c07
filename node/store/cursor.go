package store

import (
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/apiary-rl/apiary/verify/canon"
)

// Cursor is a position in the chain's event log: the last event a reader has applied.
// A reader resumes with the events after (Block, LogIndex).
type Cursor struct {
	Block    uint64
	LogIndex uint64
}

// MaxCursorName is the longest cursor name.
const MaxCursorName = 64

type cursorRecord struct {
	V        uint8  `cbor:"0,keyasint"`
	Block    uint64 `cbor:"1,keyasint"`
	LogIndex uint64 `cbor:"2,keyasint"`
}

// DecodeCursor parses a stored cursor record strictly.
func DecodeCursor(b []byte) (Cursor, error) {
	var r cursorRecord
	if err := decoder.Unmarshal(b, &r); err != nil {
		return Cursor{}, fmt.Errorf("%w: cursor: %v", ErrCorrupt, err)
	}
	if r.V != recordVersion {
		return Cursor{}, fmt.Errorf("%w: cursor version %d, want %d", ErrCorrupt, r.V, recordVersion)
	}
	return Cursor{Block: r.Block, LogIndex: r.LogIndex}, nil
}

// checkCursorName allows 1..MaxCursorName characters of [a-z0-9._-], so a name never
// reaches into another key's space.
func checkCursorName(name string) error {
	if len(name) == 0 || len(name) > MaxCursorName {
		return fmt.Errorf("%w: cursor name %q: want 1..%d characters", ErrInvalid, name, MaxCursorName)
	}
	for _, c := range name {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-') {
			return fmt.Errorf("%w: cursor name %q: want only a-z, 0-9, '.', '_' and '-'", ErrInvalid, name)
		}
	}
	return nil
}

// SetCursor records the named reader's position. Readers may move back (a reorg).
func (s *Store) SetCursor(name string, c Cursor) error {
	if err := checkCursorName(name); err != nil {
		return fmt.Errorf("set cursor: %w", err)
	}
	b, err := canon.Marshal(cursorRecord{V: recordVersion, Block: c.Block, LogIndex: c.LogIndex})
	if err != nil {
		return fmt.Errorf("set cursor %s: %w", name, err)
	}
	if err := s.update(func(txn *badger.Txn) error { return txn.Set(cursorKey(name), b) }); err != nil {
		return fmt.Errorf("set cursor %s: %w", name, err)
	}
	return nil
}

// Cursor returns the named reader's position, or ErrNotFound if it never set one.
func (s *Store) Cursor(name string) (Cursor, error) {
	if err := checkCursorName(name); err != nil {
		return Cursor{}, fmt.Errorf("cursor: %w", err)
	}
	var c Cursor
	err := s.db.View(func(txn *badger.Txn) error {
		b, err := get(txn, cursorKey(name))
		if err != nil {
			return err
		}
		c, err = DecodeCursor(b)
		return err
	})
	if err != nil {
		return Cursor{}, fmt.Errorf("cursor %s: %w", name, err)
	}
	return c, nil
}
