package airtable

import (
	"errors"
	"net"
	"net/url"
	"strings"
)

// KindBadAddress is the problem kind for an API address that cannot be
// used, such as a malformed AIRTABLE_API_URL or one that would send the
// token unencrypted.
const KindBadAddress ProblemKind = "bad_api_address"

// BaseURLError says why an API address cannot be used. Plain means the
// address is a valid http:// one that is not this computer, so the token
// would cross the network unencrypted. It holds no part of the address,
// which may carry credentials.
type BaseURLError struct {
	Plain  bool
	Reason string
}

// Error returns a lower-case description.
func (e *BaseURLError) Error() string { return "api address: " + e.Reason }

// CheckBaseURL returns nil when u can be sent a token: an https:// address
// with a host, or an http:// one on this computer (127.0.0.0/8, ::1 or
// localhost), as a local fake uses. Anything else is a *BaseURLError.
func CheckBaseURL(u string) error {
	parsed, err := url.Parse(strings.TrimSpace(u))
	if err != nil {
		return &BaseURLError{Reason: "not a URL"}
	}
	if parsed.Host == "" || parsed.Hostname() == "" {
		return &BaseURLError{Reason: "no scheme and host"}
	}
	switch strings.ToLower(parsed.Scheme) {
	case "https":
		return nil
	case "http":
		if isLoopback(parsed.Hostname()) {
			return nil
		}
		return &BaseURLError{Plain: true, Reason: "plain http to a host that is not local"}
	}
	return &BaseURLError{Reason: "scheme is neither https nor http"}
}

// isLoopback reports whether host names this computer.
func isLoopback(host string) bool {
	if strings.EqualFold(strings.TrimSuffix(host, "."), "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Problem words the refusal for a person: what is wrong with the address
// and what to do. The token was not sent.
func (e *BaseURLError) Problem() Problem {
	p := Problem{
		Kind: KindBadAddress,
		Message: "AIRTABLE_API_URL is not a usable address, so the token was not " +
			"sent. It must be a full https:// URL, such as " + DefaultBaseURL + ".",
		Fix: "Correct AIRTABLE_API_URL, or unset it to use Airtable's own API.",
	}
	if e.Plain {
		p.Message = "AIRTABLE_API_URL starts with http:// and names another computer, " +
			"so the token would cross the network unencrypted. It was not sent."
		p.Fix = "Use an https:// address in AIRTABLE_API_URL, or unset it to use " +
			"Airtable's own API. Plain http:// is allowed only for this computer."
	}
	return p
}

// asBaseURLError finds a *BaseURLError in err.
func asBaseURLError(err error) (*BaseURLError, bool) {
	var e *BaseURLError
	ok := errors.As(err, &e)
	return e, ok
}
