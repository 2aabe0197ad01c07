package node

import "time"

// The kinds of Event.
const (
	// EventStarted: every service is up (Addrs, API, Address, PeerID, Round set).
	EventStarted = "started"
	// EventJoined: the node escrowed its stake in the run (JoinRun).
	EventJoined = "joined"
	// EventStage: the engine entered a stage of a round.
	EventStage = "stage"
	// EventCommitted: the chain holds the node's commitment to a round.
	EventCommitted = "committed"
	// EventReloaded: the engine got the contribution prepared before a restart back from
	// the store instead of computing a new one.
	EventReloaded = "reloaded"
	// EventRound: the node played a round to its end (Model θ_round, Next θ_{round+1}).
	EventRound = "round"
	// EventDisputeOpened: a dispute naming this node (as solver or challenger) was opened
	// on chain (Dispute, Role, Solver, Challenger, Step).
	EventDisputeOpened = "dispute_opened"
	// EventDisputeSettled: such a dispute ended on chain (Result: won, lost or superseded;
	// Verdict: the chain's outcome; Slashed in wei).
	EventDisputeSettled = "dispute_settled"
	// EventPeersDenied: the operator's deny list was set (SetDeniedPeers; Denied, Closed,
	// Redialed, Reconnected).
	EventPeersDenied = "peers_denied"
	// EventStopped: the node stopped.
	EventStopped = "stopped"
)

// Event is something the node did, for `swarm join`'s live line and its --json output.
// Fields a kind does not use are left zero (omitted in JSON).
type Event struct {
	Time  time.Time `json:"time"`
	Kind  string    `json:"event"`
	Round uint64    `json:"round"`
	Stage string    `json:"stage,omitempty"`
	// Model and Next are θ_round's and θ_{round+1}'s model roots.
	Model string `json:"model,omitempty"`
	Next  string `json:"next,omitempty"`
	// Update is the update root of the node's contribution.
	Update    string `json:"update,omitempty"`
	Committed bool   `json:"committed,omitempty"`
	Adopted   bool   `json:"adopted,omitempty"`
	// Verified, Attested and Aggregated are a round's counts (round.Result).
	Verified int `json:"verified,omitempty"`
	Attested int `json:"attested,omitempty"`
	// Whistled counts the unassigned contributions the node re-executed as a whistleblower.
	Whistled   int `json:"whistled,omitempty"`
	Aggregated int `json:"aggregated,omitempty"`
	// Address, PeerID, Addrs (full /p2p multiaddrs) and API (the HTTP address) describe
	// the node at start.
	Address string   `json:"address,omitempty"`
	PeerID  string   `json:"peer_id,omitempty"`
	Addrs   []string `json:"addrs,omitempty"`
	API     string   `json:"api,omitempty"`
	// Stake is the stake escrowed by a join, in wei.
	Stake string `json:"stake,omitempty"`
	// Dispute, Role ("solver" or "challenger"), Solver, Challenger, Step, Result, Verdict
	// and Slashed describe a dispute.
	Dispute    uint64 `json:"dispute,omitempty"`
	Role       string `json:"role,omitempty"`
	Solver     string `json:"solver,omitempty"`
	Challenger string `json:"challenger,omitempty"`
	Step       uint32 `json:"step,omitempty"`
	Result     string `json:"result,omitempty"`
	Verdict    string `json:"verdict,omitempty"`
	Slashed    string `json:"slashed,omitempty"`
	// Denied, Closed, Redialed and Reconnected describe a deny list set (host.Denial).
	Denied      int `json:"denied,omitempty"`
	Closed      int `json:"closed,omitempty"`
	Redialed    int `json:"redialed,omitempty"`
	Reconnected int `json:"reconnected,omitempty"`
	// Err is why the node stopped, if it failed.
	Err string `json:"error,omitempty"`
}
