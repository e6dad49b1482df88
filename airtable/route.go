package airtable

import (
	"net/http"
	"net/url"
	"os"
	"strings"
)

// route fills in where a failed request was going: the API address, without
// any credentials in it, and the proxy the transport chose for it, if any.
func (c *Client) route(ne *NetError, req *http.Request) {
	ne.Address = displayURL(c.baseURL)
	ne.Host = req.URL.Hostname()
	ne.ProxyVar = "HTTPS_PROXY"
	if req.URL.Scheme == "http" {
		ne.ProxyVar = "HTTP_PROXY"
	}
	ne.ProxyVarSet = os.Getenv(ne.ProxyVar) != "" ||
		os.Getenv(strings.ToLower(ne.ProxyVar)) != ""
	if p := c.proxyFor(req); p != nil {
		ne.Proxy = p.Host
		ne.ProxyHasUser = p.User != nil
	}
	ne.ProxySet = ne.Proxy != ""
}

// proxyFor asks the client's transport which proxy it uses for req, so a
// message never claims a proxy that NO_PROXY (or a local address) skipped.
func (c *Client) proxyFor(req *http.Request) *url.URL {
	rt := c.http.Transport
	if rt == nil {
		rt = http.DefaultTransport
	}
	tr, ok := rt.(*http.Transport)
	if !ok || tr.Proxy == nil {
		return nil
	}
	p, err := tr.Proxy(req)
	if err != nil {
		return nil
	}
	return p
}

// displayURL is raw without user name, password, query or fragment.
func displayURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(an address that is not a valid URL)"
	}
	u.User, u.RawQuery, u.Fragment = nil, "", ""
	return u.String()
}

// isDefaultAPI reports whether address is Airtable's own API.
func isDefaultAPI(address string) bool {
	return strings.TrimRight(address, "/") == DefaultBaseURL
}
