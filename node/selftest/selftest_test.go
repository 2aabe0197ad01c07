package selftest

import "testing"

func TestRunMatchesGolden(t *testing.T) {
	results, golden, ok, err := Run()
	if err != nil {
		t.Fatal(err)
	}
	if !ok {
		t.Fatalf("self-test failed: %+v (golden %+v)", results, golden)
	}
	if len(results) == 0 || results[0].Records == 0 {
		t.Fatalf("no records: %+v", results)
	}
}
