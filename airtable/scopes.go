package airtable

// The eight scopes the guide names, in the guide's order.
const (
	ScopeUserEmailRead           = "user.email:read"
	ScopeDataRecordsRead         = "data.records:read"
	ScopeDataRecordsWrite        = "data.records:write"
	ScopeSchemaBasesRead         = "schema.bases:read"
	ScopeSchemaBasesWrite        = "schema.bases:write"
	ScopeDataRecordCommentsRead  = "data.recordComments:read"
	ScopeDataRecordCommentsWrite = "data.recordComments:write"
	ScopeWebhookManage           = "webhook:manage"
)

// ScopeInfo describes one scope for a checklist. Required scopes must be on
// every token; Write scopes change data and have no read-only probe.
type ScopeInfo struct {
	Name     string
	Meaning  string
	Required bool
	Write    bool
}

// GuideScopes lists the guide's eight scopes in the order the guide gives
// them. Treat it as read-only.
var GuideScopes = []ScopeInfo{
	{
		Name: ScopeUserEmailRead, Meaning: "see the email address of your account",
		Required: true,
	},
	{Name: ScopeDataRecordsRead, Meaning: "read the records in your bases"},
	{Name: ScopeDataRecordsWrite, Meaning: "add, change and delete records", Write: true},
	{Name: ScopeSchemaBasesRead, Meaning: "see your bases, their tables and fields"},
	{Name: ScopeSchemaBasesWrite, Meaning: "change tables and fields", Write: true},
	{Name: ScopeDataRecordCommentsRead, Meaning: "read comments on records"},
	{
		Name: ScopeDataRecordCommentsWrite, Meaning: "add, change and delete comments",
		Write: true,
	},
	{Name: ScopeWebhookManage, Meaning: "set up and manage webhooks"},
}

// LookupScope returns the guide's description of name; ok is false for a
// scope the guide does not name.
func LookupScope(name string) (ScopeInfo, bool) {
	for _, s := range GuideScopes {
		if s.Name == name {
			return s, true
		}
	}
	return ScopeInfo{}, false
}

// RequiredScopes returns the scopes a check demands when the caller chose
// none: user.email:read, which the hub needs, and schema.bases:read,
// without which no base can be found. The caller may change the slice.
func RequiredScopes() []string {
	return []string{ScopeUserEmailRead, ScopeSchemaBasesRead}
}

// OtherScopes lists Airtable's scopes that the guide does not use and that
// no side-effect-free request can test. A check accepts them as chosen and
// leaves them not checked. Enterprise admin scopes (enterprise.…) are
// accepted too, by their prefix. Treat it as read-only.
var OtherScopes = []string{
	"block:manage",
	"workspacesAndBases:read",
	"workspacesAndBases:write",
	"workspacesAndBases.shares:manage",
}
