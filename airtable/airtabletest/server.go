// Package airtabletest runs a fake Airtable Web API on 127.0.0.1 for tests
// and for the practice mode. It serves the endpoints the client uses with
// Airtable's documented bodies, from a table of tokens to accounts, and can
// inject a status, a body or a delay on any path.
package airtabletest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"

	"github.com/airtable-connect/airtable-connect/airtable"
)

// SamplePAT is a placeholder token with a valid shape. DemoAccounts gives
// it every scope the guide names.
const SamplePAT = "patTESTTESTTEST00." +
	"0000000000000000000000000000000000000000000000000000000000000000"

// Account is what one token may see: the user it acts as, its scopes and
// the bases in its access list. Each base holds one table with one record
// that has one comment, unless EmptyTables is set.
type Account struct {
	UserID      string
	Email       string
	Scopes      []string
	Bases       []airtable.Base
	EmptyTables bool
}

// Fault replaces the normal answer on one method and path. Status 0 keeps
// the normal answer (useful with Delay alone). Times is how many requests
// it applies to; 0 means every request.
type Fault struct {
	Status int
	Body   string
	Delay  time.Duration
	Times  int
	Header http.Header
}

// Request is one request the server received, as logged.
type Request struct {
	Method        string
	Path          string
	Query         string
	Authorization string
	UserAgent     string
	Host          string
}

// Server is a running fake. URL is its API root and ends in "/v0".
type Server struct {
	URL string

	srv      *httptest.Server
	mu       sync.Mutex
	accounts map[string]Account
	faults   map[string]*Fault
	latency  time.Duration
	pageSize int
	log      []Request
}

// NewServer starts a fake on 127.0.0.1 over plain HTTP serving accounts,
// keyed by token. Call Close when done.
func NewServer(accounts map[string]Account) *Server {
	s := newServer(accounts)
	s.srv = httptest.NewServer(s.handler())
	s.URL = s.srv.URL + "/v0"
	return s
}

// newServer sets up state without starting a listener.
func newServer(accounts map[string]Account) *Server {
	acc := make(map[string]Account, len(accounts))
	for k, v := range accounts {
		acc[k] = v
	}
	return &Server{accounts: acc, faults: map[string]*Fault{}, pageSize: 1000}
}

// Close stops the server and waits for requests in flight to end.
func (s *Server) Close() {
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// Fail makes requests to method and path (such as "/v0/meta/bases") get f
// instead of the normal answer. A later call for the same pair replaces f.
func (s *Server) Fail(method, path string, f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	fc := f
	s.faults[method+" "+path] = &fc
}

// SetLatency delays every answer by d.
func (s *Server) SetLatency(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.latency = d
}

// SetPageSize sets how many bases one page of the base listing holds
// (Airtable uses up to 1000), so tests can make several pages.
func (s *Server) SetPageSize(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pageSize = max(n, 1)
}

// SetAccount adds or replaces the account for token.
func (s *Server) SetAccount(token string, a Account) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.accounts[token] = a
}

// Requests returns a copy of the requests received so far, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.log...)
}

// Count returns how many requests went to path, whatever their query.
func (s *Server) Count(path string) int {
	n := 0
	for _, r := range s.Requests() {
		if r.Path == path {
			n++
		}
	}
	return n
}

// handler logs each request, applies latency and faults, then serves it.
func (s *Server) handler() http.Handler {
	api := s.routes()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.log = append(s.log, Request{
			Method: r.Method, Path: r.URL.Path,
			Query: r.URL.RawQuery, Authorization: r.Header.Get("Authorization"),
			UserAgent: r.Header.Get("User-Agent"), Host: r.Host,
		})
		latency := s.latency
		f := s.takeFault(r.Method + " " + r.URL.Path)
		s.mu.Unlock()

		if !wait(r.Context(), latency) {
			return
		}
		if f != nil {
			if !wait(r.Context(), f.Delay) {
				return
			}
			if f.Status != 0 {
				for k, v := range f.Header {
					w.Header()[k] = v
				}
				if strings.HasPrefix(strings.TrimSpace(f.Body), "{") {
					w.Header().Set("Content-Type", "application/json")
				}
				w.WriteHeader(f.Status)
				_, _ = w.Write([]byte(f.Body))
				return
			}
		}
		api.ServeHTTP(w, r)
	})
}

// takeFault returns the fault for key, counting one use. Call with s.mu held.
func (s *Server) takeFault(key string) *Fault {
	f, ok := s.faults[key]
	if !ok {
		return nil
	}
	out := *f
	if f.Times > 0 {
		f.Times--
		if f.Times == 0 {
			delete(s.faults, key)
		}
	}
	return &out
}

// wait sleeps for d unless ctx ends first; it reports whether to go on.
func wait(ctx context.Context, d time.Duration) bool {
	if d <= 0 {
		return true
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
