package airtable

import (
	"crypto/tls"
	"errors"
	"net"
	"net/http"
	"net/url"
	"time"

	"golang.org/x/net/http/httpproxy"
)

// Timeouts used by NewHTTPClient. RequestTimeout bounds one whole request,
// including reading the answer.
const (
	DialTimeout      = 10 * time.Second
	TLSTimeout       = 10 * time.Second
	HeaderTimeout    = 15 * time.Second
	RequestTimeout   = 30 * time.Second
	maxRedirectCount = 5
)

// dialContext opens connections; tests replace it to resolve a made-up
// host name to 127.0.0.1.
var dialContext = (&net.Dialer{Timeout: DialTimeout, KeepAlive: 30 * time.Second}).DialContext

// NewHTTPClient returns the HTTP client NewClient uses by default. It reads
// HTTPS_PROXY, HTTP_PROXY and NO_PROXY (and their lower-case forms) now, at
// construction, so set them before calling. TLS certificates are always
// verified. On a redirect to another host the Authorization header is
// dropped, and after a few redirects the client stops following them.
func NewHTTPClient() *http.Client {
	env := httpproxy.FromEnvironment()
	proxyFunc := env.ProxyFunc()
	badHTTPS, badHTTP := !proxySettingOK(env.HTTPSProxy), !proxySettingOK(env.HTTPProxy)
	// The dialer is taken now: the transport may still be dialling in the
	// background after a request has been answered on another connection.
	dial := dialContext
	tr := &http.Transport{
		Proxy: func(r *http.Request) (*url.URL, error) {
			// A proxy value that cannot be read would be skipped without a
			// word, sending the request around the proxy the person set.
			if r.URL.Scheme == "https" && badHTTPS || r.URL.Scheme == "http" && badHTTP {
				return nil, errProxySetting
			}
			u, err := proxyFunc(r.URL)
			if err != nil {
				// The library's error repeats the value, which may hold a
				// password: keep only that the setting could not be read.
				return nil, errProxySetting
			}
			return u, nil
		},
		DialContext:           dial,
		TLSClientConfig:       &tls.Config{MinVersion: tls.VersionTLS12},
		TLSHandshakeTimeout:   TLSTimeout,
		ResponseHeaderTimeout: HeaderTimeout,
		IdleConnTimeout:       90 * time.Second,
		MaxIdleConnsPerHost:   4,
		ForceAttemptHTTP2:     true,
	}
	return &http.Client{
		Transport:     tr,
		Timeout:       RequestTimeout,
		CheckRedirect: checkRedirect,
	}
}

// proxySettingOK reports whether v is empty or an address a proxy can have:
// a URL with a host and an http, https or socks5 scheme, or a host and port
// alone, which means http.
func proxySettingOK(v string) bool {
	if v == "" {
		return true
	}
	u, err := url.Parse(v)
	if err != nil || u.Scheme == "" || u.Host == "" {
		if u, err = url.Parse("http://" + v); err != nil {
			return false
		}
	}
	switch u.Scheme {
	case "http", "https", "socks5", "socks5h":
		return u.Hostname() != ""
	}
	return false
}

// errProxySetting means a proxy variable holds a value that is not a proxy
// address. It never holds the value.
var errProxySetting = errors.New("proxy setting could not be read")

// checkRedirect keeps the token on the host it was meant for. Go already
// drops Authorization when a redirect leaves the original domain; this
// also drops it for any change of host, port or scheme, and refuses to
// follow a redirect from HTTPS to plain HTTP.
func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= maxRedirectCount {
		return errors.New("too many redirects")
	}
	first := via[0].URL
	if req.URL.Scheme == "http" && first.Scheme == "https" {
		return errors.New("redirect from https to http refused")
	}
	if req.URL.Host != first.Host || req.URL.Scheme != first.Scheme {
		req.Header.Del("Authorization")
	}
	return nil
}
