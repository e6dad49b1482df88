package airtable

import (
	"context"
	"net"
)

// SetDialForTest replaces how connections are opened, so tests can resolve
// a made-up host name to 127.0.0.1. It returns a function that restores the
// default.
func SetDialForTest(dial func(ctx context.Context, network, addr string) (net.Conn, error)) (
	restore func(),
) {
	old := dialContext
	dialContext = dial
	return func() { dialContext = old }
}
