package airtable

import (
	"errors"
	"fmt"
	"net/http"
)

// editScopeFix tells how to add scope to the token that already exists.
func editScopeFix(scope string) string {
	return fmt.Sprintf("Open %s, choose this token, add the scope %s with "+
		"\"+ Add a scope\" and save. The token itself stays the same, so there is "+
		"no need to create a new one.", TokensURL, scope)
}

// scopeMissing is the problem for a chosen scope the token lacks.
func scopeMissing(scope, baseID string) Problem {
	msg := fmt.Sprintf("The token works but lacks %s.", scope)
	if scope == ScopeUserEmailRead {
		msg += " The hub checks the connection with your email, so this scope is required."
	}
	return Problem{
		Kind: KindScopeMissing, Message: msg, Fix: editScopeFix(scope),
		Scope: scope, BaseID: baseID,
	}
}

// noBase is the failure for a token that reaches no base.
func noBase() Problem {
	return Problem{
		Kind:    KindNoBase,
		Message: "No base is shared with this token, so it cannot reach any data.",
		Fix: "Open " + TokensURL + ", choose this token, and under Access use " +
			"\"+ Add a base\" to add each base the integration needs (or grant all " +
			"current and future bases), then save.",
	}
}

// basePermission is the warning for a base below the Owner/Creator level.
func basePermission(b Base) Problem {
	return Problem{
		Kind: KindBasePermission, BaseID: b.ID,
		Message: fmt.Sprintf("You have %q access to the base %q, not Owner or Creator, "+
			"so some parts of the integration may not work there.",
			b.PermissionLevel, b.Name),
		Fix: "Ask an owner of that base to make you an Owner or Creator, or leave " +
			"the base out of the integration.",
	}
}

// detail keeps Airtable's own words for the Detail field.
func detail(e *APIError) string {
	if e.Message == "" {
		return e.Type
	}
	return e.Type + ": " + e.Message
}

// problemFor turns a failed request into a problem and the outcome it
// implies. what names the request in lower case.
func problemFor(err error, what, baseID string) (Problem, Outcome) {
	var apiErr *APIError
	var netErr *NetError
	if e, ok := asBaseURLError(err); ok {
		return e.Problem(), OutcomeUnreachable
	}
	switch {
	case errors.As(err, &netErr):
		return unreachable(netErr), OutcomeUnreachable
	case !errors.As(err, &apiErr):
		return Problem{
			Kind: KindUnexpectedAnswer, BaseID: baseID,
			Message: "Checking the token failed in an unexpected way (" + what + ").",
			Fix:     "Try again; if it keeps failing, report it with the detail below.",
			Detail:  err.Error(),
		}, OutcomeUnreachable
	}

	p := Problem{BaseID: baseID, Detail: detail(apiErr)}
	switch s := apiErr.StatusCode; {
	case s == http.StatusUnauthorized:
		p.Kind = KindTokenRejected
		p.Message = "Airtable did not accept this token: it is wrong, incomplete or " +
			"has been revoked."
		p.Fix = "Copy the whole token once more and retry. If you no longer have it, " +
			"Airtable cannot show it again: create a new one at " + TokensURL + "."
		return p, OutcomeRejected
	case s == http.StatusTooManyRequests:
		p.Kind = KindRateLimited
		p.Message = fmt.Sprintf("Airtable asked us to slow down and still did after "+
			"%d tries (%s).", apiErr.Tries, what)
		p.Fix = "Wait half a minute, then check again."
		return p, OutcomeUnreachable
	case s >= 500:
		p.Kind = KindAirtableError
		p.Message = fmt.Sprintf("Airtable had trouble answering (status %d, %d tries, %s).",
			s, apiErr.Tries, what)
		p.Fix = "This is on Airtable's side. Wait a minute and check again; " +
			"https://status.airtable.com shows known outages."
		return p, OutcomeUnreachable
	}
	p.Kind = KindUnexpectedAnswer
	p.Message = fmt.Sprintf("Airtable gave an answer we did not expect (status %d %s, %s).",
		apiErr.StatusCode, apiErr.Type, what)
	p.Fix = "Check that AIRTABLE_API_URL is unset or points at the Airtable API, then " +
		"try again."
	return p, OutcomeUnreachable
}

// unreachable explains a network failure, saying whether a proxy is in use.
func unreachable(e *NetError) Problem {
	if p, ok := proxyProblem(e); ok {
		return p
	}
	custom := e.Address != "" && !isDefaultAPI(e.Address)
	who, whose := "Airtable", "Airtable's"
	if custom {
		who, whose = "the API", "the API's"
	}
	var msg string
	switch e.Kind {
	case "timeout":
		msg = "No answer came in time from " + who + "."
	case "dns":
		msg = "The name of " + whose + " server could not be looked up."
	case "tls":
		msg = "The secure connection to " + who + " could not be verified."
	case "refused":
		msg = "The connection to " + who + " was refused."
	case "proxy":
		msg = "The proxy would not connect to " + who + "."
	default:
		msg = "No connection to " + who + " could be made."
	}
	fix := "Check your internet connection and try again."
	host := e.Host
	if host == "" {
		host = "the API's host"
	}
	switch {
	case e.ProxySet:
		msg += fmt.Sprintf(" %s is set, so the request went through the proxy at %s.",
			e.ProxyVar, e.Proxy)
		fix = fmt.Sprintf("Check that the proxy in %s is running and allows %s, or add "+
			"%s to NO_PROXY, then try again.", e.ProxyVar, host, host)
	case e.ProxyVarSet:
		msg += fmt.Sprintf(" %s is set, but NO_PROXY or a local address kept the "+
			"request for %s away from that proxy.", e.ProxyVar, host)
	default:
		msg += " " + e.ProxyVar + " is not set."
		fix += " If your network requires a proxy, set " + e.ProxyVar + "."
	}
	if custom {
		msg += " The API address tried was " + e.Address + ", not Airtable's own."
		if !e.ProxySet {
			fix = "Check that the API at " + e.Address + " is running, or unset " +
				"AIRTABLE_API_URL to use Airtable's own, then try again."
		}
	}
	if e.Kind == "tls" {
		fix = "A network filter may be intercepting secure connections; try another " +
			"network. Certificate checks are never turned off."
	}
	return Problem{Kind: KindUnreachable, Message: msg, Fix: fix, Detail: e.Error()}
}
