package airtable

import (
	"regexp"
	"strings"
)

// tokenShaped finds anything that may be a token: a personal access token
// or its ID, a legacy API key or an OAuth access token.
var tokenShaped = regexp.MustCompile(`\b(?:pat|key|oaa)[A-Za-z0-9]{14}[A-Za-z0-9._\-]*`)

// emailShaped finds email addresses.
var emailShaped = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}`)

// MaskEmail keeps the first character and the domain of an email address:
// user@example.com becomes u***@example.com. Anything else becomes ***.
func MaskEmail(email string) string {
	local, domain, ok := strings.Cut(email, "@")
	if !ok || local == "" {
		return "***"
	}
	return local[:1] + "***@" + domain
}

// MaskEmails masks every email address in text with MaskEmail.
func MaskEmails(text string) string {
	return emailShaped.ReplaceAllStringFunc(text, MaskEmail)
}

// cleanDetail makes text from an answer safe to show: token and anything
// shaped like a token become [token], and email addresses are masked.
func cleanDetail(text, token string) string {
	if token != "" {
		text = strings.ReplaceAll(text, token, "[token]")
	}
	text = tokenShaped.ReplaceAllString(text, "[token]")
	return MaskEmails(text)
}
