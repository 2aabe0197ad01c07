// Package checkpoint stores model tensors in the safetensors format
// (https://huggingface.co/docs/safetensors), so that other tools can load an
// Apiary checkpoint, and a model's configuration as a JSON file next to it.
//
// A file is an 8-byte little-endian header length N, an N-byte JSON header
// and the tensor data. Save writes a file whose bytes depend only on its
// inputs: tensors laid out back to back in the order given, a header with
// its keys in byte order and no whitespace except the trailing spaces that
// pad it to a multiple of 8 bytes, and every NaN written as the canonical
// NaN. Decode accepts exactly the files the format allows for float32
// tensors of rank ≤ 4 and rejects the rest with an error wrapping ErrInvalid.
//
// A model checkpoint (SaveModel, LoadModel) is such a file holding a
// model's parameters in canonical order, with a Card in its metadata: the
// format version, the model config, the tokenizer's alphabet and special
// ids, the task and level, and optionally the model root, under the Key*
// names (docs/MODEL.md). ParseCard validates that metadata strictly.
//
// Files are replaced atomically: written to a temporary file in the same
// directory, synced, then renamed over the target. The package does not
// compute commitment roots; package verify does that for a loaded model.
package checkpoint
