package api

import (
	"encoding/json"
	"errors"
	"net/http"
)

// Sentinel errors of the API.
var (
	// ErrPublicAddress is returned by New for a listen address that is not
	// loopback, unless WithPublic was given.
	ErrPublicAddress = errors.New("api: listen address is not loopback")
	// ErrNotFound is what a Node returns for something it does not know.
	ErrNotFound = errors.New("api: not found")
	// ErrNoNode is returned by the client when nothing answers HTTP at the
	// node's API address.
	ErrNoNode = errors.New("api: no node answers")
	// ErrBadResponse is returned by the client for a body that is not what
	// the route documents.
	ErrBadResponse = errors.New("api: bad response")
)

// Error codes of the JSON error bodies (docs/API.md).
const (
	CodeBadAddress       = "bad_address"
	CodeBadNumber        = "bad_number"
	CodeBadQuery         = "bad_query"
	CodeNotFound         = "not_found"
	CodeMethodNotAllowed = "method_not_allowed"
	CodeForbiddenHost    = "forbidden_host"
	CodeUnavailable      = "unavailable"
	CodeInternal         = "internal"
)

// ErrorBody is the JSON body of every error response:
// {"error":{"code":"...","message":"..."}}.
type ErrorBody struct {
	Error ErrorDetail `json:"error"`
}

// ErrorDetail says what went wrong: a stable code and a sentence for people.
type ErrorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// apiError is an error with its HTTP status and code.
type apiError struct {
	status int
	code   string
	msg    string
}

func (e *apiError) Error() string { return e.msg }

func badRequest(code, msg string) *apiError { return &apiError{http.StatusBadRequest, code, msg} }

func writeError(w http.ResponseWriter, status int, code, msg string) {
	if status == http.StatusMethodNotAllowed {
		w.Header().Set("Allow", "GET, HEAD")
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(ErrorBody{ErrorDetail{Code: code, Message: msg}})
}
