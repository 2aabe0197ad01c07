package verify

// NamedSet is a committed set of named tensors as a challenger holds it: the
// names and tensor roots in set order (docs/PROTOCOL.md §3.1), e.g. θ_r's
// model set or one group's batch tensors.
type NamedSet struct {
	Names []string
	Roots []Hash
}

// Leaves returns the set's named leaves, in order.
func (s NamedSet) Leaves() []Hash {
	out := make([]Hash, len(s.Names))
	for i, n := range s.Names {
		out[i] = NamedLeaf(n, s.Roots[i])
	}
	return out
}

// WrongExternal is a record input whose external tensor is not the one its
// committed set holds under that name: the wrong external verdict's claim.
type WrongExternal struct {
	Record, Input int    // the record and its input
	Set, Index    int    // which of the sets, and the name's index in it
	Name          string // the input's name
	Committed     Hash   // the set's root of that name (the record has another)
}

// FirstWrongExternal searches records (one step's, in order) for the first
// external input whose name is in one of sets with another tensor root.
// Names in no set are not reported: the program skeleton fixes every
// external name, so such a record is a wrong program.
func FirstWrongExternal(records []Record, sets ...NamedSet) (WrongExternal, bool) {
	type at struct{ set, index int }
	byName := map[Hash]at{}
	for si, s := range sets {
		for i, n := range s.Names {
			byName[Keccak256([]byte(n))] = at{si, i}
		}
	}
	for r := range records {
		for j, in := range records[r].Inputs {
			if in.Kind != RefExternal {
				continue
			}
			a, ok := byName[in.NameHash]
			if !ok || sets[a.set].Roots[a.index] == in.Root {
				continue
			}
			s := sets[a.set]
			return WrongExternal{Record: r, Input: j, Set: a.set, Index: a.index, Name: s.Names[a.index], Committed: s.Roots[a.index]}, true
		}
	}
	return WrongExternal{}, false
}
