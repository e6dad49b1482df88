package airtable

import (
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
)

// APIError is an answer from Airtable with a status outside 2xx. Type and
// Message come from the body when it holds Airtable's JSON error; for other
// bodies (such as a proxy's HTML page on 502) Type is derived from the status
// and Message stays empty. Error never holds the token.
type APIError struct {
	StatusCode int
	Type       string
	Message    string
	// Tries is how many times the request was sent before giving up.
	Tries int
}

// Error returns a short lower-case description such as
// "airtable answered 403 INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND".
func (e *APIError) Error() string {
	s := fmt.Sprintf("airtable answered %d", e.StatusCode)
	if e.Type != "" {
		s += " " + e.Type
	}
	if e.Message != "" {
		s += ": " + e.Message
	}
	return s
}

// decodeAPIError reads both of Airtable's error forms:
// {"error":{"type":"T","message":"M"}} and {"error":"T"}.
func decodeAPIError(status int, body []byte) *APIError {
	e := &APIError{StatusCode: status}
	var env struct {
		Error json.RawMessage `json:"error"`
	}
	if json.Unmarshal(body, &env) == nil && len(env.Error) > 0 {
		var obj struct {
			Type    string `json:"type"`
			Message string `json:"message"`
		}
		var bare string
		switch {
		case json.Unmarshal(env.Error, &obj) == nil:
			e.Type, e.Message = obj.Type, obj.Message
		case json.Unmarshal(env.Error, &bare) == nil:
			e.Type = bare
		}
	}
	if e.Type == "" {
		e.Type = statusLabel(status)
	}
	return e
}

// statusLabel names a status when the body did not.
func statusLabel(status int) string {
	t := http.StatusText(status)
	if t == "" {
		return fmt.Sprintf("HTTP_%d", status)
	}
	return "HTTP " + strings.ToUpper(strings.ReplaceAll(t, " ", "_"))
}

// NetError is a failure to reach Airtable at all: a timeout, a DNS failure,
// a refused connection, a TLS problem or a proxy that would not connect.
// Its text never holds the token or a proxy password.
type NetError struct {
	// Kind is one of "timeout", "dns", "tls", "refused", "proxy",
	// "proxy_auth" (the proxy answered 407), "proxy_setting" (the proxy
	// variable could not be read) or "network".
	Kind string
	// ProxyHasUser reports whether the proxy's address carries a user name.
	ProxyHasUser bool
	// ProxySet reports whether the request went through a proxy: the one
	// the transport chose for its URL, so NO_PROXY is taken into account.
	ProxySet bool
	// Proxy is the host and port of that proxy, without credentials.
	Proxy string
	// ProxyVar names the variable that sets a proxy for the request's
	// scheme, HTTPS_PROXY or HTTP_PROXY; ProxyVarSet reports whether it
	// (or its lower-case form) is set.
	ProxyVar    string
	ProxyVarSet bool
	// Address is the API address the request was made under, without
	// credentials; Host is the host name it names.
	Address string
	Host    string
	msg     string
	err     error
}

// Error returns the scrubbed description of the failure.
func (e *NetError) Error() string { return e.msg }

// Unwrap returns the underlying transport error. Its own text may hold a
// proxy password, so show Error, not the unwrapped error.
func (e *NetError) Unwrap() error { return e.err }

// newNetError classifies err and scrubs secrets out of its text.
func newNetError(err error, token string) *NetError {
	ne := &NetError{Kind: "network", ProxyVar: "HTTPS_PROXY", err: err}
	var dnsErr *net.DNSError
	var opErr *net.OpError
	switch {
	case errors.Is(err, errProxySetting):
		ne.Kind = "proxy_setting"
		// Nothing of the underlying text: it may quote the setting.
		ne.msg = errProxySetting.Error()
		return ne
	case strings.Contains(err.Error(), "Proxy Authentication Required"):
		ne.Kind = "proxy_auth"
	case errors.As(err, &opErr) && opErr.Op == "proxyconnect":
		ne.Kind = "proxy"
	case strings.Contains(err.Error(), "proxy"):
		ne.Kind = "proxy"
	case errors.As(err, &dnsErr):
		ne.Kind = "dns"
	case isTimeout(err):
		ne.Kind = "timeout"
	case isTLS(err):
		ne.Kind = "tls"
	case strings.Contains(err.Error(), "connection refused"):
		ne.Kind = "refused"
	}
	ne.msg = scrub(err.Error(), token)
	return ne
}

// isTimeout reports whether err is a timeout of any layer.
func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}

// isTLS reports whether err comes from certificate or handshake checks.
func isTLS(err error) bool {
	s := err.Error()
	return strings.Contains(s, "x509:") || strings.Contains(s, "tls:") ||
		strings.Contains(s, "certificate")
}

// userinfoPattern finds the user name and password part of a URL.
var userinfoPattern = regexp.MustCompile(`://[^/@\s"]+@`)

// scrub removes the token, the password of any configured proxy and the
// user name and password of any URL from s.
func scrub(s, token string) string {
	if token != "" {
		s = strings.ReplaceAll(s, token, "[token]")
	}
	for _, k := range []string{"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"} {
		v := os.Getenv(k)
		if v == "" {
			continue
		}
		if u, err := url.Parse(v); err == nil && u.User != nil {
			if p, ok := u.User.Password(); ok && p != "" {
				s = strings.ReplaceAll(s, p, "[password]")
				s = strings.ReplaceAll(s, url.QueryEscape(p), "[password]")
			}
		}
		if i := strings.LastIndex(v, "@"); i > 0 {
			s = strings.ReplaceAll(s, v[:i], "[proxy credentials]")
		}
	}
	return userinfoPattern.ReplaceAllString(s, "://")
}
