package airtable

import (
	"context"
	"fmt"
	"net/url"
)

// User is the account a token acts as. Email is empty unless the token has
// the user.email:read scope.
type User struct {
	ID    string `json:"id"`
	Email string `json:"email"`
}

// Base is one base the token reaches. PermissionLevel is one of none, read,
// comment, edit or create; create is the Owner/Creator level.
type Base struct {
	ID              string `json:"id"`
	Name            string `json:"name"`
	PermissionLevel string `json:"permissionLevel"`
}

// Table is the part of a table's schema the checks use.
type Table struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Record is the part of a record the checks use.
type Record struct {
	ID string `json:"id"`
}

// Comment is the part of a record comment the checks use.
type Comment struct {
	ID string `json:"id"`
}

// Webhook is the part of a webhook the checks use.
type Webhook struct {
	ID string `json:"id"`
}

// maxBasePages stops a listing that never ends.
const maxBasePages = 100

// WhoAmI returns the account the token acts as. It needs no scope.
func (c *Client) WhoAmI(ctx context.Context) (User, error) {
	var u User
	if err := c.get(ctx, "", "/meta/whoami", nil, &u); err != nil {
		return User{}, fmt.Errorf("whoami: %w", err)
	}
	return u, nil
}

// ListBases returns every base the token reaches, following the offset
// Airtable gives until the last page. It needs schema.bases:read.
func (c *Client) ListBases(ctx context.Context) ([]Base, error) {
	var all []Base
	offset := ""
	for page := 0; page < maxBasePages; page++ {
		var q url.Values
		if offset != "" {
			q = url.Values{"offset": {offset}}
		}
		var body struct {
			Bases  []Base `json:"bases"`
			Offset string `json:"offset"`
		}
		if err := c.get(ctx, "", "/meta/bases", q, &body); err != nil {
			return nil, fmt.Errorf("list bases: %w", err)
		}
		all = append(all, body.Bases...)
		if body.Offset == "" || body.Offset == offset {
			return all, nil
		}
		offset = body.Offset
	}
	return all, nil
}

// ListTables returns the tables of a base. It needs schema.bases:read and
// the base in the token's access list.
func (c *Client) ListTables(ctx context.Context, baseID string) ([]Table, error) {
	var body struct {
		Tables []Table `json:"tables"`
	}
	p := "/meta/bases/" + url.PathEscape(baseID) + "/tables"
	if err := c.get(ctx, baseID, p, nil, &body); err != nil {
		return nil, fmt.Errorf("list tables: %w", err)
	}
	return body.Tables, nil
}

// FirstRecord returns at most one record of a table; ok is false when the
// table is empty. It needs data.records:read.
func (c *Client) FirstRecord(ctx context.Context, baseID, tableID string) (Record, bool, error) {
	var body struct {
		Records []Record `json:"records"`
	}
	p := "/" + url.PathEscape(baseID) + "/" + url.PathEscape(tableID)
	q := url.Values{"maxRecords": {"1"}}
	if err := c.get(ctx, baseID, p, q, &body); err != nil {
		return Record{}, false, fmt.Errorf("read one record: %w", err)
	}
	if len(body.Records) == 0 {
		return Record{}, false, nil
	}
	return body.Records[0], true, nil
}

// ListComments returns the first page of a record's comments. It needs
// data.recordComments:read.
func (c *Client) ListComments(ctx context.Context, baseID, tableID, recordID string) (
	[]Comment, error,
) {
	var body struct {
		Comments []Comment `json:"comments"`
	}
	p := "/" + url.PathEscape(baseID) + "/" + url.PathEscape(tableID) + "/" +
		url.PathEscape(recordID) + "/comments"
	if err := c.get(ctx, baseID, p, nil, &body); err != nil {
		return nil, fmt.Errorf("list comments: %w", err)
	}
	return body.Comments, nil
}

// ListWebhooks returns a base's webhooks. It needs webhook:manage.
func (c *Client) ListWebhooks(ctx context.Context, baseID string) ([]Webhook, error) {
	var body struct {
		Webhooks []Webhook `json:"webhooks"`
	}
	p := "/bases/" + url.PathEscape(baseID) + "/webhooks"
	if err := c.get(ctx, baseID, p, nil, &body); err != nil {
		return nil, fmt.Errorf("list webhooks: %w", err)
	}
	return body.Webhooks, nil
}
