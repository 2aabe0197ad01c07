// Package gossip runs GossipSub for one Apiary run: one topic per message kind, strict message
// signing, size limits, topic validators that Accept, Reject or Ignore each message, and peer
// scoring so that peers who send invalid messages lose standing and are eventually graylisted.
//
// A message's author is the libp2p signer (StrictSign), whose peer ID maps to an Ethereum
// address; the validator asks the chain's Registry whether that address may take part. Message
// bytes are decoded once, in the validator, and subscribers receive the decoded message.
// Package gossip does not decide what to publish or when; the round engine does.
package gossip
