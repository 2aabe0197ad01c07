package plot

import (
	"encoding/xml"
	"math"
	"strings"
	"testing"
)

func TestSVGIsWellFormedAndDeterministic(t *testing.T) {
	c := Chart{Title: "reward & <accuracy>", XLabel: "round", YLabel: "value", YMin: 0, YMax: 1,
		Series: []Series{
			{Name: "accuracy", Points: []Point{{0, 0.1}, {1, 0.4}, {2, math.NaN()}, {3, 0.8}}},
			{Name: "reward", Points: []Point{{0, 0.2}, {3, 1.5}}},
		}}
	a, b := c.SVG(), c.SVG()
	if string(a) != string(b) {
		t.Fatal("SVG output is not deterministic")
	}
	d := xml.NewDecoder(strings.NewReader(string(a)))
	paths := 0
	for {
		tok, err := d.Token()
		if err != nil {
			if err.Error() == "EOF" {
				break
			}
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "path" {
			paths++
		}
	}
	if paths != 2 {
		t.Errorf("got %d paths, want 2", paths)
	}
	if !strings.Contains(string(a), "reward &amp; &lt;accuracy&gt;") {
		t.Error("title not escaped")
	}
	if empty := (Chart{}).SVG(); !strings.HasPrefix(string(empty), "<svg") {
		t.Error("empty chart did not render")
	}
}
