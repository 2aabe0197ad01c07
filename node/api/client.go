package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"
)

// MaxResponseSize bounds a response body the client reads (1 MiB).
const MaxResponseSize = 1 << 20

// ResponseError is an error response of the API: its HTTP status and the
// body's code and message.
type ResponseError struct {
	Status  int
	Code    string
	Message string
}

func (e *ResponseError) Error() string {
	return fmt.Sprintf("node answered %d %s: %s", e.Status, e.Code, e.Message)
}

// GetStatus asks the node whose API listens at addr (host:port) for GET
// /v1/status, within timeout. Nothing listening is ErrNoNode, an error
// response a *ResponseError, a body that is not a status ErrBadResponse.
func GetStatus(ctx context.Context, addr string, timeout time.Duration) (StatusResponse, error) {
	b, err := get(ctx, addr, "/v1/status", timeout)
	if err != nil {
		return StatusResponse{}, err
	}
	return DecodeStatus(b)
}

// DecodeStatus decodes a GET /v1/status body strictly: one JSON object with
// only the documented members.
func DecodeStatus(b []byte) (StatusResponse, error) {
	var s StatusResponse
	if err := decodeStrict(b, &s); err != nil {
		return StatusResponse{}, err
	}
	return s, nil
}

func get(ctx context.Context, addr, path string, timeout time.Duration) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	url := "http://" + addr + path
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("api: request %s: %w", url, err)
	}
	resp, err := (&http.Client{}).Do(req)
	if err != nil {
		return nil, fmt.Errorf("%w at %s (%v); is `swarm join` running? its API address is api.addr (--api-addr)", ErrNoNode, addr, errors.Unwrap(err))
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, MaxResponseSize+1))
	if err != nil {
		return nil, fmt.Errorf("api: read %s: %w", url, err)
	}
	if len(b) > MaxResponseSize {
		return nil, fmt.Errorf("%w: %s sent over %d bytes", ErrBadResponse, url, MaxResponseSize)
	}
	if resp.StatusCode != http.StatusOK {
		var eb ErrorBody
		if err := decodeStrict(b, &eb); err != nil || eb.Error.Code == "" {
			return nil, fmt.Errorf("%w: %s answered %s without an API error body; is something else listening there?", ErrBadResponse, url, resp.Status)
		}
		return nil, &ResponseError{Status: resp.StatusCode, Code: eb.Error.Code, Message: eb.Error.Message}
	}
	return b, nil
}

// decodeStrict decodes exactly one JSON value with no unknown members.
func decodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %v", ErrBadResponse, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("%w: data after the JSON value", ErrBadResponse)
	}
	return nil
}
