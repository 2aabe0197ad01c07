#!/usr/bin/env python3
"""Load an Apiary model checkpoint and run the policy with numpy, no Go.

The network, the tokenizer and the metadata keys are described in
docs/MODEL.md; this script is that description as code, and
training/checkpoint's TestPythonForward checks it against the Go forward pass.

    python3 apiary_forward.py final.safetensors "12+34="            # greedy answer
    python3 apiary_forward.py final.safetensors "12+34=" --json      # logits too

The arithmetic is float64 numpy; the Go code computes in float32 with its own
exp and reductions (RepOps), so logits agree to about 1e-5, not bit for bit.
"""
import argparse
import json
import struct
import sys

import numpy as np

NUM_SPECIAL = 3  # PAD, BOS and EOS take the ids 0..2; the alphabet follows.


def read_safetensors(path):
    """Returns ({name: float32 array}, {metadata key: string})."""
    with open(path, "rb") as f:
        raw = f.read()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + n])
    meta = header.pop("__metadata__", {})
    data = raw[8 + n :]
    tensors = {}
    for name, entry in header.items():
        if entry["dtype"] != "F32":
            raise ValueError(f"{name}: dtype {entry['dtype']}, want F32")
        begin, end = entry["data_offsets"]
        arr = np.frombuffer(data[begin:end], dtype="<f4")
        tensors[name] = arr.reshape(entry["shape"]).astype(np.float64)
    return tensors, meta


class Card:
    """The checkpoint's metadata (docs/MODEL.md, "Checkpoint metadata")."""

    def __init__(self, meta):
        if meta.get("format") != "apiary":
            raise ValueError("not an Apiary model checkpoint (metadata key 'format')")
        if meta.get("format_version") != "1":
            raise ValueError(f"format_version {meta.get('format_version')!r}, this script reads 1")
        if meta.get("tokenizer") != "char":
            raise ValueError(f"tokenizer {meta.get('tokenizer')!r}, this script reads 'char'")
        self.config = json.loads(meta["model_config"])
        self.alphabet = meta["tokenizer_alphabet"]
        self.pad = int(meta["token_pad"])
        self.bos = int(meta["token_bos"])
        self.eos = int(meta["token_eos"])
        self.task = meta["task"]
        self.level = int(meta["task_level"])
        self.model_root = meta.get("model_root", "")
        if NUM_SPECIAL + len(self.alphabet) != self.config["vocab"]:
            raise ValueError("alphabet and vocab disagree")

    def encode_prompt(self, text):
        """BOS, then one id per character: alphabet[i] has id NUM_SPECIAL + i."""
        ids = [self.bos]
        for ch in text:
            i = self.alphabet.find(ch)
            if i < 0:
                raise ValueError(f"character {ch!r} is not in the alphabet {self.alphabet!r}")
            ids.append(NUM_SPECIAL + i)
        return ids

    def decode(self, ids):
        """Text of a completion, stopping at EOS."""
        out = []
        for t in ids:
            if t == self.eos:
                break
            if t >= NUM_SPECIAL:
                out.append(self.alphabet[t - NUM_SPECIAL])
        return "".join(out)


def rms_norm(x, gain, eps):
    return x / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps) * gain


def silu(x):
    return x / (1.0 + np.exp(-x))


def softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def forward(w, cfg, ids):
    """Logits [T, vocab] of one unpadded sequence. Every matrix W is stored
    [out, in] and applied as x @ W.T; positions are 0..T-1."""
    t, dim, heads, eps = len(ids), cfg["dim"], cfg["heads"], cfg["norm_eps"]
    if t > cfg["context"]:
        raise ValueError(f"{t} tokens exceed the context of {cfg['context']}")
    dh = dim // heads
    x = w["tok_emb"][ids] + w["pos_emb"][np.arange(t)]
    causal = np.triu(np.full((t, t), -np.inf), k=1)  # query i sees keys j <= i
    for l in range(cfg["layers"]):
        p = lambda name: w[f"layers.{l}.{name}"]
        h = rms_norm(x, p("attn_norm"), eps)
        q, k, v = h @ p("wq").T, h @ p("wk").T, h @ p("wv").T
        outs = []
        for i in range(heads):
            s = slice(i * dh, (i + 1) * dh)
            att = softmax(q[:, s] @ k[:, s].T / np.sqrt(dh) + causal)
            outs.append(att @ v[:, s])
        x = x + np.concatenate(outs, axis=1) @ p("wo").T
        h = rms_norm(x, p("mlp_norm"), eps)
        x = x + silu(h @ p("w1").T + p("b1")) @ p("w2").T
    return rms_norm(x, w["norm"], eps) @ w["head"].T


def generate(w, card, ids, max_new):
    """Greedy decoding (argmax, lowest id on ties) until EOS or max_new tokens."""
    ids, new = list(ids), []
    for _ in range(max_new):
        if len(ids) >= card.config["context"]:
            break
        nxt = int(np.argmax(forward(w, card.config, ids)[-1]))
        new.append(nxt)
        ids.append(nxt)
        if nxt == card.eos:
            break
    return new


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("checkpoint")
    ap.add_argument("prompt", help="prompt text, e.g. '12+34=' (BOS is added)")
    ap.add_argument("--max-new", type=int, default=8, help="greedy tokens to generate")
    ap.add_argument("--json", action="store_true", help="print ids, logits and completion as JSON")
    a = ap.parse_args()
    w, meta = read_safetensors(a.checkpoint)
    card = Card(meta)
    ids = card.encode_prompt(a.prompt)
    with np.errstate(over="ignore"):
        logits = forward(w, card.config, ids)
        new = generate(w, card, ids, a.max_new)
    if a.json:
        json.dump({"ids": ids, "logits": logits.tolist(), "completion_ids": new,
                   "completion": card.decode(new)}, sys.stdout)
        print()
    else:
        print(f"task {card.task} level {card.level}, model root {card.model_root or '(none)'}")
        print(f"{a.prompt}{card.decode(new)}")


if __name__ == "__main__":
    main()
