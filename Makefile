# Apiary — build, test and benchmark targets. `make help` lists them.

GO        ?= go
PKGS      ?= ./...
# Packages whose results the numeric contract covers: run under every target (node/compute:
# the aggregation's Adam step, where arm64 once fused a multiply-subtract).
GOLDEN    := ./training/... ./verify/... ./node/compute
GOLDENRUN := Golden|Workers|Philox|Vectors|Determinis|Recorder|TensorRoot|TraceRoot|Gradients|SIMD|Kernel
TESTFLAGS ?= -race -timeout 20m
BENCHTIME ?= 1s
BENCHCOUNT ?= 5

.PHONY: help deps build build-arm test test-unit crossarch bench run compare train lint fmt contracts fuzz clean

help: ## list targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-11s %s\n", $$1, $$2}'

build: ## build the swarm binary into bin/
	$(GO) build -o bin/swarm ./cmd/swarm

build-arm: ## build the swarm binary for linux/arm64 into bin/swarm-arm64 (`swarm testnet up --chaos arm64 --arm64-binary bin/swarm-arm64`)
	GOOS=linux GOARCH=arm64 CGO_ENABLED=0 $(GO) build -o bin/swarm-arm64 ./cmd/swarm

deps: ## install what the tests need on a fresh Debian machine: qemu-user, chromium, python3-numpy, the pinned solc and anvil (npm ci)
	@command -v qemu-aarch64 >/dev/null && command -v qemu-riscv64 >/dev/null && command -v qemu-arm >/dev/null || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq qemu-user >/dev/null; \
		else echo "install Debian's qemu-user (sudo apt-get install qemu-user) for the arm/arm64/riscv64 tests"; exit 1; fi; }
	@command -v chromium >/dev/null || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else echo "install Debian's chromium (sudo apt-get install chromium) for the dashboard test"; exit 1; fi; }
	@python3 -c 'import numpy' 2>/dev/null || /usr/bin/python3 -c 'import numpy' 2>/dev/null || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-numpy >/dev/null; \
		else echo "install Debian's python3-numpy (sudo apt-get install python3-numpy) for the model card test"; exit 1; fi; }
	@[ -d ledger/contracts/node_modules/solc ] && ls ledger/contracts/node_modules/@foundry-rs/anvil-*/bin/anvil >/dev/null 2>&1 || \
		(cd ledger/contracts && npm ci --no-audit --no-fund --loglevel=error)
	$(GO) mod download

test: deps lint test-unit crossarch ## everything CI runs: set-up, lint, unit tests with -race, cross-architecture golden tests

test-unit: ## unit, integration and fuzz-seed tests with the race detector
	$(GO) test $(TESTFLAGS) $(PKGS)

crossarch: ## golden bits under GOMAXPROCS 1..8, GOAMD64 v1/v3, purego, 386 (where the kernel runs it), arm, arm64 and riscv64 (qemu-user)
	GOAMD64=v1 $(GO) test -count=1 -run '$(GOLDENRUN)' $(GOLDEN)
	GOAMD64=v3 $(GO) test -count=1 -run '$(GOLDENRUN)' $(GOLDEN)
	$(GO) test -count=1 -tags purego -run '$(GOLDENRUN)' $(GOLDEN)
	@# Some kernels cannot run 32-bit x86 binaries (exec format error), and qemu-i386 7.2 crashes in
	@# Go's runtime: there the 386 step is skipped, and 32-bit ARM below still covers a 32-bit target.
	@if GOARCH=386 $(GO) test -count=1 -run '^$$' ./verify/canon >/dev/null 2>&1; then \
		echo "GOARCH=386 $(GO) test -count=1 -run '$(GOLDENRUN)' $(GOLDEN)"; \
		GOARCH=386 $(GO) test -count=1 -run '$(GOLDENRUN)' $(GOLDEN); \
	else echo "SKIP GOARCH=386: this kernel cannot run 32-bit x86 binaries"; fi
	GOARCH=arm GOARM=7 $(GO) test -count=1 -exec qemu-arm -run '$(GOLDENRUN)' $(GOLDEN)
	GOARCH=arm64 $(GO) test -count=1 -exec qemu-aarch64 -run '$(GOLDENRUN)' $(GOLDEN)
	GOARCH=riscv64 $(GO) test -count=1 -exec qemu-riscv64 -run '$(GOLDENRUN)' $(GOLDEN)

bench: ## benchmarks (speed and memory), BENCHCOUNT runs each, for benchstat
	$(GO) test -run '^$$' -bench . -benchmem -benchtime $(BENCHTIME) -count $(BENCHCOUNT) -cpu 2 ./training/... ./verify/... | tee bench.txt

run: build ## the main job: a local testnet (dev chain on the manual clock, 4 `swarm join` processes, 6 rounds, two kill -9s), its summary and report (about 1.5 minutes on 2 cores)
	./bin/swarm testnet up --nodes 4 --rounds 6 --clock manual --chaos kill9

compare: build ## learning together against alone: 4-node swarms at 8/0, 6/2, 4/4, 2/6 own/external groups and one peer alone, 12 rounds each (docs/TESTNET.md, "Learning together")
	./bin/swarm testnet compare --nodes 4 --rounds 12 --dir swarm-compare

train: build ## self-test, then a solo GRPO run (about 5 minutes on 2 cores)
	./bin/swarm selftest
	./bin/swarm train --data-dir swarm-train

lint: ## gofmt and go vet
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "not gofmt-formatted:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)

fmt: ## format the tree
	gofmt -w $$(git ls-files '*.go')

contracts: ## recompile Solidity with the pinned solc and regenerate Go bindings
	bash ledger/contracts/build.sh

fuzz: ## run every fuzz target briefly (FUZZTIME each)
	@for p in $$($(GO) list $(PKGS)); do for f in $$($(GO) test -list 'Fuzz.*' $$p | grep ^Fuzz); do \
		$(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $${FUZZTIME:-10s} $$p || exit 1; done; done

clean: ## remove build outputs
	rm -rf bin bench.txt swarm-train swarm-testnet swarm-compare
