package solo

import (
	"fmt"
	"sort"
	"strings"

	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/tasks"
)

// SizeNames lists the named model sizes, sorted.
func SizeNames() []string {
	var n []string
	for k := range model.Sizes {
		n = append(n, k)
	}
	sort.Strings(n)
	return n
}

// TaskNames lists the task families, sorted.
func TaskNames() []string { return tasks.Names() }

// Apply sets the model from a named size (with an optional context length
// override, 0 for the size's own) and the matrix kernel from its name
// ("auto", "portable" or "simd"), then validates the whole configuration.
func (o *Options) Apply(size string, context int, kernel string) error {
	mc, ok := model.Sizes[size]
	if !ok {
		return fmt.Errorf("unknown model size %q (want %s)", size, strings.Join(SizeNames(), ", "))
	}
	mc.Vocab = tasks.VocabSize()
	if context != 0 {
		mc.Context = context
	}
	o.Config.Model = mc
	k, err := repops.ParseKernel(kernel)
	if err != nil {
		return err
	}
	o.Kernel = k
	if err := o.Config.Validate(); err != nil {
		return fmt.Errorf("invalid training config: %w", err)
	}
	return nil
}
