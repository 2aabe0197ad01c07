package solo

// Record is one line of metrics.jsonl and of `swarm train --json`: a point of
// the warm start (Phase "warmstart", Round = SFT step) or one GRPO round
// (Phase "rl").
type Record struct {
	Phase      string  `json:"phase"`
	Round      int     `json:"round"`
	MeanReward float32 `json:"mean_reward"` // rollouts (rl) or held-out greedy decoding (warmstart)
	Accuracy   float32 `json:"accuracy"`    // held-out exact-match accuracy, 0..1, as of EvalRound
	EvalRound  int     `json:"eval_round"`  // the round whose model Accuracy measures
	Exact      float32 `json:"exact"`       // exact-match rate of this round's rollouts
	Loss       float32 `json:"loss"`
	KL         float32 `json:"kl,omitempty"`
	Tokens     int     `json:"tokens"` // completion tokens sampled this round
	TokensPerS float64 `json:"tokens_per_s"`
	ElapsedS   float64 `json:"elapsed_s"`
	ETAS       float64 `json:"eta_s"`
	ModelRoot  string  `json:"model_root,omitempty"` // set when a checkpoint was written
}

// Summary is the outcome of a run.
type Summary struct {
	WarmStartAccuracy float32 `json:"warmstart_accuracy"`
	FinalAccuracy     float32 `json:"final_accuracy"`
	BestAccuracy      float32 `json:"best_accuracy"`
	WarmStartRoot     string  `json:"warmstart_root"`
	FinalRoot         string  `json:"final_root"`
	Rounds            int     `json:"rounds"`
	RLSeconds         float64 `json:"rl_seconds"`
	Checkpoint        string  `json:"checkpoint"`
}
