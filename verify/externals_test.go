package verify

import "testing"

func TestFirstWrongExternal(t *testing.T) {
	ext := func(name string, root Hash) InputRef {
		return InputRef{Kind: RefExternal, NameHash: Keccak256([]byte(name)), Root: root}
	}
	model := NamedSet{Names: []string{"w", "b"}, Roots: []Hash{{1}, {2}}}
	group := NamedSet{Names: []string{BatchTokens, BatchRewards}, Roots: []Hash{{3}, {4}}}
	records := []Record{
		{Index: 0, Inputs: []InputRef{ext("w", Hash{1}), ext(BatchTokens, Hash{3})}},
		{Index: 1, Inputs: []InputRef{{Kind: RefOutput, Producer: 0}, ext("other", Hash{9})}},
		{Index: 2, Inputs: []InputRef{ext("b", Hash{2}), ext(BatchRewards, Hash{5})}},
		{Index: 3, Inputs: []InputRef{ext("w", Hash{7})}},
	}
	got, ok := FirstWrongExternal(records, model, group)
	want := WrongExternal{Record: 2, Input: 1, Set: 1, Index: 1, Name: BatchRewards, Committed: Hash{4}}
	if !ok || got != want {
		t.Fatalf("got %+v (%v), want %+v", got, ok, want)
	}
	if _, ok := FirstWrongExternal(records[:2], model, group); ok {
		t.Fatal("agreeing externals (and a name in no set) reported")
	}
	if got, _ := FirstWrongExternal(records[3:], model, group); got.Set != 0 || got.Name != "w" {
		t.Fatalf("model parameter: %+v", got)
	}
	leaves := model.Leaves()
	p, _ := ProveNamed(leaves, 1)
	if err := VerifyNamed(NamedRootOfLeaves(leaves), "b", Hash{2}, p); err != nil {
		t.Fatal(err)
	}
}
