package cli

import (
	"net/url"
	"regexp"
	"strings"
)

// emailPattern finds email addresses, so a report can mask any it holds.
var emailPattern = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`)

// tokenPattern finds anything shaped like a token, its id or a legacy key.
var tokenPattern = regexp.MustCompile(`\b(pat|key)[A-Za-z0-9]{14}(\.[A-Za-z0-9]+)?`)

// secretsOf lists the values that must never appear in a support report:
// every saved token read, AIRTABLE_TOKEN, and proxy credentials.
func secretsOf(env Env, checks []profileCheck) []string {
	var out []string
	for _, c := range checks {
		out = append(out, c.token)
	}
	out = append(out, env.getenv("AIRTABLE_TOKEN"))
	for _, v := range append(proxyVars, "AIRTABLE_API_URL") {
		u, err := url.Parse(env.getenv(v))
		if err != nil || u.User == nil {
			continue
		}
		pass, _ := u.User.Password()
		out = append(out, u.User.String(), pass)
	}
	return out
}

// redact removes each secret from text, masks email addresses and blanks
// anything left that is shaped like a token.
func redact(text string, secrets []string) string {
	for _, s := range secrets {
		if len(strings.TrimSpace(s)) >= 3 {
			text = strings.ReplaceAll(text, s, "[redacted]")
		}
	}
	text = emailPattern.ReplaceAllStringFunc(text, maskAddress)
	return tokenPattern.ReplaceAllString(text, "[redacted]")
}
