package airtable

// proxyProblem explains the proxy failures that are about the proxy
// setting rather than the network: a proxy that refused its credentials
// (407) and a proxy variable that could not be read. Neither message
// repeats the setting, which may hold a password. ok is false for other
// failures.
func proxyProblem(e *NetError) (Problem, bool) {
	p := Problem{Kind: KindUnreachable, Detail: e.Error()}
	switch e.Kind {
	case "proxy_auth":
		p.Message = "The proxy at " + e.Proxy + " (from " + e.ProxyVar + ") refused " +
			"the user name and password given in " + e.ProxyVar + "."
		p.Fix = "Correct the user name and password in " + e.ProxyVar + ", written as " +
			"http://user:password@host:port, then try again."
		if !e.ProxyHasUser {
			p.Message = "The proxy at " + e.Proxy + " (from " + e.ProxyVar + ") asks " +
				"for a user name and password, and " + e.ProxyVar + " holds none."
			p.Fix = "Add them to " + e.ProxyVar + ", written as " +
				"http://user:password@host:port, then try again."
		}
	case "proxy_setting":
		p.Message = "The proxy setting " + e.ProxyVar + " could not be read as an " +
			"address, so nothing was sent."
		p.Fix = "Set " + e.ProxyVar + " to an address such as http://host:port (with " +
			"user:password@ before the host if the proxy needs them), or unset it, " +
			"then try again."
	default:
		return Problem{}, false
	}
	return p, true
}
