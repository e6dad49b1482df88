package airtabletest

import (
	"encoding/json"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/airtable-connect/airtable-connect/airtable"
)

// IDs of the one table, record and comment every base of the fake holds.
const (
	TableID   = "tblTESTTESTTBL01"
	FieldID   = "fldTESTTESTFLD01"
	ViewID    = "viwTESTTESTVIW01"
	RecordID  = "recTESTTESTREC01"
	CommentID = "comTESTTESTCOM01"
)

// Error types the fake sends, as Airtable does.
const (
	typeAuth      = "AUTHENTICATION_REQUIRED"
	typeForbidden = "INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND"
)

// routes serves the API below /v0.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v0/meta/whoami", s.auth("", s.whoami))
	mux.HandleFunc("GET /v0/meta/bases", s.auth(airtable.ScopeSchemaBasesRead, s.bases))
	mux.HandleFunc("GET /v0/meta/bases/{base}/tables",
		s.perBase(airtable.ScopeSchemaBasesRead, s.tables))
	mux.HandleFunc("GET /v0/{base}/{table}", s.perBase(airtable.ScopeDataRecordsRead, s.records))
	mux.HandleFunc("GET /v0/{base}/{table}/{record}/comments",
		s.perBase(airtable.ScopeDataRecordCommentsRead, s.comments))
	mux.HandleFunc("GET /v0/bases/{base}/webhooks",
		s.perBase(airtable.ScopeWebhookManage, s.webhooks))
	mux.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusNotFound, map[string]string{"error": "NOT_FOUND"})
	})
	return mux
}

// accountHandler serves a request for a known account.
type accountHandler func(w http.ResponseWriter, r *http.Request, a Account)

// auth answers 401 for an unknown token and 403 when scope is not granted.
func (s *Server) auth(scope string, next accountHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		s.mu.Lock()
		a, known := s.accounts[token]
		s.mu.Unlock()
		if !ok || !known {
			writeError(w, http.StatusUnauthorized, typeAuth, "Authentication required")
			return
		}
		if scope != "" && !slices.Contains(a.Scopes, scope) {
			forbidden(w)
			return
		}
		next(w, r, a)
	}
}

// perBase adds the check that the base is in the token's access list.
func (s *Server) perBase(scope string, next accountHandler) http.HandlerFunc {
	return s.auth(scope, func(w http.ResponseWriter, r *http.Request, a Account) {
		id := r.PathValue("base")
		if !slices.ContainsFunc(a.Bases, func(b airtable.Base) bool { return b.ID == id }) {
			forbidden(w)
			return
		}
		if t := r.PathValue("table"); t != "" && t != TableID {
			writeJSON(w, http.StatusNotFound, map[string]string{"error": "NOT_FOUND"})
			return
		}
		next(w, r, a)
	})
}

func (s *Server) whoami(w http.ResponseWriter, _ *http.Request, a Account) {
	body := map[string]string{"id": a.UserID}
	if a.Email != "" && slices.Contains(a.Scopes, airtable.ScopeUserEmailRead) {
		body["email"] = a.Email
	}
	writeJSON(w, http.StatusOK, body)
}

// bases pages through the account's bases; the offset is "itr" + index.
func (s *Server) bases(w http.ResponseWriter, r *http.Request, a Account) {
	s.mu.Lock()
	size := s.pageSize
	s.mu.Unlock()
	start := 0
	if off := r.URL.Query().Get("offset"); off != "" {
		n, err := strconv.Atoi(strings.TrimPrefix(off, "itr"))
		if err != nil || n < 0 || n > len(a.Bases) {
			writeError(w, http.StatusUnprocessableEntity, "INVALID_OFFSET_VALUE", "")
			return
		}
		start = n
	}
	end := min(start+size, len(a.Bases))
	body := map[string]any{"bases": append([]airtable.Base{}, a.Bases[start:end]...)}
	if end < len(a.Bases) {
		body["offset"] = "itr" + strconv.Itoa(end)
	}
	writeJSON(w, http.StatusOK, body)
}

func (s *Server) tables(w http.ResponseWriter, _ *http.Request, _ Account) {
	table := map[string]any{
		"id": TableID, "name": "Tasks", "primaryFieldId": FieldID,
		"fields": []map[string]string{{"id": FieldID, "name": "Name", "type": "singleLineText"}},
		"views":  []map[string]string{{"id": ViewID, "name": "Grid view", "type": "grid"}},
	}
	writeJSON(w, http.StatusOK, map[string]any{"tables": []any{table}})
}

func (s *Server) records(w http.ResponseWriter, _ *http.Request, a Account) {
	records := []any{}
	if !a.EmptyTables {
		records = append(records, map[string]any{
			"id":          RecordID,
			"createdTime": "2024-01-02T03:04:05.000Z", "fields": map[string]string{"Name": "First"},
		})
	}
	writeJSON(w, http.StatusOK, map[string]any{"records": records})
}

func (s *Server) comments(w http.ResponseWriter, r *http.Request, a Account) {
	if r.PathValue("record") != RecordID || a.EmptyTables {
		writeJSON(w, http.StatusNotFound, map[string]string{"error": "NOT_FOUND"})
		return
	}
	comment := map[string]any{
		"id": CommentID, "text": "Looks good",
		"createdTime": "2024-01-02T03:04:05.000Z", "lastUpdatedTime": nil,
		"author": map[string]string{"id": a.UserID, "email": a.Email},
	}
	writeJSON(w, http.StatusOK, map[string]any{"comments": []any{comment}, "offset": nil})
}

func (s *Server) webhooks(w http.ResponseWriter, _ *http.Request, _ Account) {
	writeJSON(w, http.StatusOK, map[string]any{"webhooks": []any{}})
}

// forbidden answers as Airtable does for a missing scope or base.
func forbidden(w http.ResponseWriter) {
	writeError(w, http.StatusForbidden, typeForbidden,
		"The token may not see this, or it does not exist.")
}

// writeError sends {"error":{"type":..,"message":..}}, leaving out an empty
// message as Airtable sometimes does.
func writeError(w http.ResponseWriter, status int, typ, msg string) {
	e := map[string]string{"type": typ}
	if msg != "" {
		e["message"] = msg
	}
	writeJSON(w, status, map[string]any{"error": e})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
