package airtable_test

import (
	"context"
	"errors"
	"net"
	"testing"

	"github.com/airtable-connect/airtable-connect/airtable"
)

func TestCheckBaseURL(t *testing.T) {
	for u, want := range map[string]string{
		airtable.DefaultBaseURL:           "ok",
		"https://proxy.example.com/v0":    "ok",
		"http://127.0.0.1:8080/v0":        "ok",
		"http://127.8.9.10/v0":            "ok",
		"http://[::1]:9/v0":               "ok",
		"http://localhost:9/v0":           "ok",
		"http://LocalHost./v0":            "ok",
		"http://api.airtable.com/v0":      "plain",
		"http://10.0.0.2/v0":              "plain",
		"http://localhost.example.com/v0": "plain",
		"notaurl":                         "bad",
		"ftp://x/v0":                      "bad",
		"https://":                        "bad",
		"://x":                            "bad",
	} {
		err := airtable.CheckBaseURL(u)
		var bad *airtable.BaseURLError
		got := "ok"
		if errors.As(err, &bad) {
			got = "bad"
			if bad.Plain {
				got = "plain"
			}
		}
		if got != want {
			t.Errorf("CheckBaseURL(%q) = %v (%s), want %s", u, err, got, want)
		}
	}
}

// The client itself never sends the token over plain http to another
// computer, whoever builds it.
func TestClientRefusesPlainHTTPToAnotherHost(t *testing.T) {
	restore := airtable.SetDialForTest(func(context.Context, string, string) (net.Conn,
		error,
	) {
		t.Error("a connection was attempted")
		return nil, errors.New("no dialing in this test")
	})
	t.Cleanup(restore)
	r, err := airtable.VerifyToken(context.Background(), pat, nil,
		airtable.WithBaseURL("http://api.example.com/v0"),
		airtable.WithHTTPClient(airtable.NewHTTPClient()), fastRetry)
	if err != nil || r.Checked {
		t.Fatalf("err %v, checked %v", err, r.Checked)
	}
	p := problem(t, r, airtable.KindBadAddress)
	if p.Message == "" || p.Fix == "" {
		t.Errorf("problem = %+v", p)
	}
}
