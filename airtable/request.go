package airtable

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// DefaultTries is how many times a request is sent in all when Airtable
// answers 429, 500, 502 or 503.
const DefaultTries = 3

// MaxRetryWait caps any single wait between tries, including one asked for
// by a Retry-After header. Airtable asks for 30 s after a 429, but a person
// watching a wizard should not wait that long in silence: after the last try
// the report says to wait half a minute and check again.
const MaxRetryWait = 5 * time.Second

// maxBody bounds how much of any answer is read.
const maxBody = 4 << 20

// errTokenTooLong stops a value that cannot be a token from being sent.
var errTokenTooLong = errors.New("token too long, not sent")

// DefaultBackoff waits 1 s before the second try and 2 s before the third.
func DefaultBackoff(attempt int) time.Duration {
	return min(time.Second<<max(attempt-1, 0), MaxRetryWait)
}

// get sends a GET for path (below the base URL) and decodes a 2xx JSON body
// into out. baseID, when not empty, names the base the request is about so
// the per-base rate limit applies.
func (c *Client) get(ctx context.Context, baseID, path string, q url.Values, out any) error {
	if len(c.token) > MaxTokenLength {
		return errTokenTooLong
	}
	if err := CheckBaseURL(c.baseURL); err != nil {
		return err
	}
	u := c.baseURL + path
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	for attempt := 1; ; attempt++ {
		if baseID != "" {
			if err := c.limiter.wait(ctx, baseID); err != nil {
				return err
			}
		}
		status, body, header, err := c.send(ctx, u)
		if err != nil {
			return err
		}
		if status >= 200 && status < 300 {
			if err := json.Unmarshal(body, out); err != nil {
				return &APIError{
					StatusCode: status, Type: "INVALID_JSON",
					Message: "the answer was not the JSON expected",
				}
			}
			return nil
		}
		apiErr := decodeAPIError(status, body)
		apiErr.Type = cleanDetail(apiErr.Type, c.token)
		apiErr.Message = cleanDetail(apiErr.Message, c.token)
		apiErr.Tries = attempt
		if !retryable(status) || attempt >= c.tries {
			return apiErr
		}
		wait := c.backoff(attempt)
		if ra, ok := retryAfter(header.Get("Retry-After")); ok {
			wait = ra
		}
		if err := sleep(ctx, min(wait, MaxRetryWait)); err != nil {
			return err
		}
	}
}

// send performs one request and reads a bounded body.
func (c *Client) send(ctx context.Context, u string) (int, []byte, http.Header, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return 0, nil, nil, fmt.Errorf("build request: %w", err)
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("User-Agent", c.userAgent)
	req.Header.Set("Accept", "application/json")

	resp, err := c.http.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return 0, nil, nil, ctx.Err()
		}
		ne := newNetError(err, c.token)
		c.route(ne, req)
		return 0, nil, nil, ne
	}
	// The body is only read; a failed Close cannot lose data.
	defer func() { _ = resp.Body.Close() }()

	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	if err != nil {
		if ctx.Err() != nil {
			return 0, nil, nil, ctx.Err()
		}
		ne := newNetError(err, c.token)
		c.route(ne, req)
		return 0, nil, nil, ne
	}
	return resp.StatusCode, body, resp.Header, nil
}

// retryable reports whether a status is worth another try.
func retryable(status int) bool {
	switch status {
	case http.StatusTooManyRequests, http.StatusInternalServerError,
		http.StatusBadGateway, http.StatusServiceUnavailable:
		return true
	}
	return false
}

// retryAfter parses a Retry-After header given in seconds or as a date.
func retryAfter(v string) (time.Duration, bool) {
	if v == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 0 {
		return time.Duration(n) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(time.Until(t), 0), true
	}
	return 0, false
}

// sleep waits for d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
