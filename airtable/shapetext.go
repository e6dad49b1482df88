package airtable

import "fmt"

// TokensURL is the Builder Hub page where tokens are created and edited.
const TokensURL = "https://airtable.com/create/tokens"

// Message returns the sentence a person reads about the problem. It names
// lengths and at most the first three characters, never the token.
func (e *ShapeError) Message() string {
	return e.Describe(false)
}

// Describe returns the sentence a person reads about the problem. With
// hideLength it names no length at all, for a screen that is being shared;
// otherwise it is Message.
func (e *ShapeError) Describe(hideLength bool) string {
	switch e.Kind {
	case ShapeTokenIDOnly:
		if hideLength {
			return "This is only the token's ID, the part up to the dot, not the token."
		}
		return fmt.Sprintf("This is only the token's ID, the part up to the dot "+
			"(%d characters here), not the token. A whole token has %d characters.",
			e.Length, e.Want)
	case ShapePastedTwice:
		if hideLength {
			return "This looks like two tokens pasted one after the other."
		}
		return fmt.Sprintf("This looks like two tokens pasted one after the other "+
			"(%d characters, where one token has %d).", e.Length, e.Want)
	case ShapeTooLong:
		return e.tooLong(hideLength)
	case ShapeWrongLength:
		hint := "Part of it may be missing."
		if e.Length > e.Want {
			hint = "Something extra may have been copied with it."
		}
		if hideLength {
			return "This is not the length of a personal access token. " + hint
		}
		return fmt.Sprintf("Personal access tokens have %d characters; this one has %d. %s",
			e.Want, e.Length, hint)
	}
	return e.plainMessage()
}

// tooLong words a value longer than any token, with or without lengths.
func (e *ShapeError) tooLong(hideLength bool) string {
	switch {
	case hideLength:
		return "This is much longer than a token. It was not sent anywhere."
	case e.Cut:
		return fmt.Sprintf("This is more than %d bytes long, but a token has %d "+
			"characters. It was not sent anywhere.", e.Length, e.Want)
	}
	return fmt.Sprintf("This is %d characters long, but a token has %d. "+
		"It was not sent anywhere.", e.Length, e.Want)
}

// plainMessage words the kinds whose sentence names no length.
func (e *ShapeError) plainMessage() string {
	switch e.Kind {
	case ShapeEmpty:
		return "No token was entered."
	case ShapeLegacyKey:
		return `This is an old Airtable API key (it starts with "key"). ` +
			"Airtable stopped accepting these keys on 1 February 2024."
	case ShapeOAuthToken:
		return `This looks like an OAuth access token (it starts with "oaa"), ` +
			"not a personal access token."
	case ShapeWhitespace:
		return "The token has spaces or line breaks inside it, and a real token never does."
	case ShapeControlChar:
		return "The token holds an invisible control character, often left behind " +
			"when a terminal passes Ctrl+V on as a key instead of pasting."
	case ShapeUnknownPrefix:
		return fmt.Sprintf(`Personal access tokens start with "pat"; this one starts `+
			`with %q.`, e.Prefix)
	case ShapeBadCharacters:
		return e.badCharacters()
	case ShapeUnusual:
		return "This does not look like the usual shape of a personal access token; " +
			"the live check will tell."
	}
	return "This does not look like an Airtable token."
}

// badCharacters says how many characters can never be part of a token,
// without saying which.
func (e *ShapeError) badCharacters() string {
	what := fmt.Sprintf("%d characters that never appear", e.Odd)
	if e.Odd == 1 {
		what = "1 character that never appears"
	}
	return "The token holds " + what + " in a token, which has only letters, " +
		"digits and one dot. It was not sent anywhere."
}

// Finding returns the sentence added to Airtable's refusal of a token whose
// shape was only a warning, such as "It does not start with pat, as
// personal access tokens do." It is empty for other kinds.
func (e *ShapeError) Finding() string {
	return e.DescribeFinding(false)
}

// DescribeFinding is Finding, naming no length when hideLength is set.
func (e *ShapeError) DescribeFinding(hideLength bool) string {
	switch e.Kind {
	case ShapeWrongLength:
		hint := "part of it may be missing"
		if e.Length > e.Want {
			hint = "something extra may have been copied with it"
		}
		if hideLength {
			return "It is also not the length of a personal access token: " + hint + "."
		}
		return fmt.Sprintf("It also has %d characters where a personal access token "+
			"has %d: %s.", e.Length, e.Want, hint)
	case ShapeUnknownPrefix:
		return "It does not start with pat, as personal access tokens do."
	case ShapeUnusual:
		return "It also does not have the usual shape of a personal access token."
	}
	return ""
}

// Fix returns what to do next, as one or two sentences. The words suit
// both the wizard's field and a token given on standard input.
func (e *ShapeError) Fix() string {
	switch e.Kind {
	case ShapeEmpty:
		return "Use the token Airtable showed you when you created it."
	case ShapeLegacyKey, ShapeOAuthToken:
		return "Create a personal access token at " + TokensURL + " and use it instead."
	case ShapeTokenIDOnly:
		return "Copy the whole token, including the long part after the dot. Airtable " +
			"shows it only once: if it is gone, create a new token with the same " +
			"settings at " + TokensURL + "."
	case ShapeWhitespace:
		return "Copy the token again in one piece, without the text around it."
	case ShapeControlChar:
		return "Copy the token once more and retry. In a terminal, paste with its " +
			"paste shortcut (often Ctrl+Shift+V) or the right mouse button."
	case ShapePastedTwice:
		return "Copy the token once and try again."
	case ShapeTooLong:
		return "Copy only the token, not the line around it, and try again."
	case ShapeBadCharacters:
		return "Copy the token again from where you kept it, on its own. If it is " +
			"lost, create a new token with the same settings at " + TokensURL + "."
	case ShapeWrongLength, ShapeUnknownPrefix, ShapeUnusual:
		return "The live check will tell; if it fails, copy the whole token again."
	}
	return "Use a personal access token from " + TokensURL + "."
}
