package ledger

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/apiary-rl/apiary/ledger/bindings"
)

// Event is one Ledger event read from the chain's history.
type Event struct {
	// Name is the Solidity event name, e.g. "Committed".
	Name string
	// Value is the binding's type for it, e.g. *bindings.LedgerCommitted
	// (= *Committed), whose Raw field is the log.
	Value any
}

// eventDecoder unpacks one event kind's logs through the bindings'
// generated Unpack<Name>Event method.
type eventDecoder struct {
	name string
	dec  func(*types.Log) (any, error)
}

// eventDecoders maps each event the Ledger ABI declares, by its topic, to
// its name and decoder, found by reflection so that it follows the bindings
// when the contracts' events change.
var eventDecoders = func() map[common.Hash]eventDecoder {
	out := map[common.Hash]eventDecoder{}
	parsed, err := ledgerABIParsed()
	if err != nil {
		panic(err)
	}
	v := reflect.ValueOf(ledgerABI)
	for name, ev := range parsed.Events {
		m := v.MethodByName("Unpack" + name + "Event")
		if !m.IsValid() {
			panic(fmt.Sprintf("ledger: bindings lack Unpack%sEvent", name))
		}
		out[ev.ID] = eventDecoder{name, func(l *types.Log) (any, error) {
			res := m.Call([]reflect.Value{reflect.ValueOf(l)})
			if err, _ := res[1].Interface().(error); err != nil {
				return nil, err
			}
			return res[0].Interface(), nil
		}}
	}
	return out
}()

func ledgerABIParsed() (*abi.ABI, error) { return bindings.LedgerMetaData.ParseABI() }

// EventNames returns the names of every event the Ledger emits, sorted.
func EventNames() []string {
	var names []string
	for _, d := range eventDecoders {
		names = append(names, d.name)
	}
	slices.Sort(names)
	return names
}

// MaxLogRange is the most blocks FilterLogs asks a node for in one
// eth_getLogs call (public endpoints limit the range, often to 10,000).
const MaxLogRange = 5000

// FilterLogs returns the Ledger events called names (all of them if none)
// emitted in blocks from..to (to nil: the latest block), oldest first. from
// is raised to the deploy block (WithDeployBlock): nothing precedes it.
func (c *Client) FilterLogs(ctx context.Context, from uint64, to *uint64, names ...string) ([]Event, error) {
	parsed, err := ledgerABIParsed()
	if err != nil {
		return nil, err
	}
	var topics []common.Hash
	for _, n := range names {
		ev, ok := parsed.Events[n]
		if !ok {
			return nil, fmt.Errorf("ledger: the Ledger has no event %q (events: %v)", n, EventNames())
		}
		topics = append(topics, ev.ID)
	}
	from = max(from, c.deploy)
	last, err := c.lastBlock(ctx, to)
	if err != nil {
		return nil, err
	}
	var out []Event
	for lo := from; lo <= last; lo += MaxLogRange {
		hi := min(last, lo+MaxLogRange-1)
		q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(lo), ToBlock: new(big.Int).SetUint64(hi),
			Addresses: []common.Address{c.addrs.Ledger}}
		if len(topics) > 0 {
			q.Topics = [][]common.Hash{topics}
		}
		var logs []types.Log
		err := c.retry(ctx, func() error {
			var err error
			logs, err = c.backend.FilterLogs(ctx, q)
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("ledger: logs of blocks %d..%d: %w", lo, hi, err)
		}
		for i := range logs {
			ev, err := decodeEvent(&logs[i])
			if err != nil {
				return nil, err
			}
			out = append(out, ev)
		}
	}
	return out, nil
}

func (c *Client) lastBlock(ctx context.Context, to *uint64) (uint64, error) {
	if to != nil {
		return *to, nil
	}
	var n uint64
	err := c.retry(ctx, func() error {
		h, err := c.backend.HeaderByNumber(ctx, nil)
		if err == nil {
			n = h.Number.Uint64()
		}
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("ledger: latest block: %w", err)
	}
	return n, nil
}

// decodeEvent decodes a Ledger log into its binding type.
func decodeEvent(l *types.Log) (Event, error) {
	if len(l.Topics) == 0 {
		return Event{}, fmt.Errorf("ledger: anonymous log in tx %s: %w", l.TxHash, bind.ErrNoEventSignature)
	}
	d, ok := eventDecoders[l.Topics[0]]
	if !ok {
		return Event{}, fmt.Errorf("ledger: unknown event %s in tx %s: %w", l.Topics[0], l.TxHash, bind.ErrEventSignatureMismatch)
	}
	v, err := d.dec(l)
	if err != nil {
		return Event{}, fmt.Errorf("ledger: decode %s in tx %s: %w", d.name, l.TxHash, err)
	}
	return Event{Name: d.name, Value: v}, nil
}

// History returns the Ledger events of type T (a bindings event type, e.g.
// Committed) emitted in blocks from..to (to nil: the latest), oldest first,
// from the deploy block on at the earliest.
func History[T bind.ContractEvent](ctx context.Context, c *Client, from uint64, to *uint64) ([]*T, error) {
	var zero T
	evs, err := c.FilterLogs(ctx, from, to, zero.ContractEventName())
	if err != nil {
		return nil, err
	}
	out := make([]*T, 0, len(evs))
	for _, ev := range evs {
		v, ok := ev.Value.(*T)
		if !ok {
			return nil, errors.New("ledger: event " + ev.Name + " decoded to an unexpected type")
		}
		out = append(out, v)
	}
	return out, nil
}
