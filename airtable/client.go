// Package airtable talks to the Airtable Web API on behalf of a personal
// access token: it identifies the account, lists the bases the token reaches,
// probes each scope with side-effect-free requests, and explains every
// failure in words a person can act on.
//
// Error values in this package are lower-case phrases for callers and logs.
// What a person reads comes from Problem, ShapeError.Message and Fix.
package airtable

import (
	"net/http"
	"os"
	"strings"
	"time"
)

// DefaultBaseURL is the Airtable Web API root every request is made under.
const DefaultBaseURL = "https://api.airtable.com/v0"

// Version names this build in the User-Agent header. The command line sets it
// from its own version before it creates a client.
var Version = "dev"

// BaseURLFromEnv returns AIRTABLE_API_URL when it is set (tests and the
// practice mode point it at a fake) and DefaultBaseURL otherwise.
func BaseURLFromEnv() string {
	if u := strings.TrimSpace(os.Getenv("AIRTABLE_API_URL")); u != "" {
		return strings.TrimRight(u, "/")
	}
	return DefaultBaseURL
}

// Client makes authenticated requests for one token. It is safe for use by
// several goroutines at once. Create it with NewClient.
type Client struct {
	token     string
	baseURL   string
	http      *http.Client
	userAgent string
	tries     int
	backoff   func(attempt int) time.Duration
	limiter   *baseLimiter
}

// Option changes how NewClient builds a Client.
type Option func(*Client)

// WithBaseURL points the client at another API root, such as a fake server.
// The URL must include the version path (for example ".../v0").
func WithBaseURL(u string) Option {
	return func(c *Client) { c.baseURL = strings.TrimRight(u, "/") }
}

// WithHTTPClient replaces the HTTP client built by NewHTTPClient.
func WithHTTPClient(h *http.Client) Option {
	return func(c *Client) {
		if h != nil {
			c.http = h
		}
	}
}

// WithUserAgent replaces the default "airtable-connect/<Version>" agent.
func WithUserAgent(ua string) Option {
	return func(c *Client) { c.userAgent = ua }
}

// WithRetry sets how many tries a request gets in all (at least one) when
// Airtable answers 429, 500, 502 or 503, and how long to wait before try
// number attempt+1. A Retry-After header, when present, wins over backoff
// but is capped at MaxRetryWait. Tests pass a tiny backoff.
func WithRetry(tries int, backoff func(attempt int) time.Duration) Option {
	return func(c *Client) {
		c.tries = max(tries, 1)
		if backoff != nil {
			c.backoff = backoff
		}
	}
}

// NewClient returns a client that sends token as a bearer token to
// BaseURLFromEnv, unless options say otherwise. The token is kept only in
// memory and only ever placed in the Authorization header.
func NewClient(token string, opts ...Option) *Client {
	c := &Client{
		token:     token,
		baseURL:   BaseURLFromEnv(),
		userAgent: "airtable-connect/" + Version,
		tries:     DefaultTries,
		backoff:   DefaultBackoff,
		limiter:   newBaseLimiter(perBaseInterval),
	}
	for _, o := range opts {
		o(c)
	}
	if c.http == nil {
		c.http = NewHTTPClient()
	}
	return c
}
