package airtabletest

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"io"
	"log"
	"math/big"
	"net"
	"net/http/httptest"
	"time"
)

// NewTLSServer starts a fake on 127.0.0.1 over HTTPS with a fresh
// self-signed certificate valid for 127.0.0.1 and each of hosts (such as
// "api.airtable.test"). Trust it with CertPool. URL names 127.0.0.1.
func NewTLSServer(accounts map[string]Account, hosts ...string) (*Server, error) {
	cert, err := selfSigned(hosts)
	if err != nil {
		return nil, err
	}
	s := newServer(accounts)
	s.srv = httptest.NewUnstartedServer(s.handler())
	s.srv.TLS = &tls.Config{Certificates: []tls.Certificate{cert}}
	// Handshakes that tests make fail on purpose are not news.
	s.srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	s.srv.StartTLS()
	s.URL = s.srv.URL + "/v0"
	return s, nil
}

// CertPool returns a pool that trusts the server's certificate. It is nil
// for a plain HTTP server.
func (s *Server) CertPool() *x509.CertPool {
	if s.srv.TLS == nil || len(s.srv.TLS.Certificates) == 0 {
		return nil
	}
	pool := x509.NewCertPool()
	pool.AddCert(s.srv.TLS.Certificates[0].Leaf)
	return pool
}

// Addr returns the server's host:port on 127.0.0.1.
func (s *Server) Addr() string {
	return s.srv.Listener.Addr().String()
}

// selfSigned makes a short-lived certificate for 127.0.0.1 and hosts.
func selfSigned(hosts []string) (tls.Certificate, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, err
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(time.Now().UnixNano()),
		Subject:               pkix.Name{CommonName: "airtabletest"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
		IPAddresses:           []net.IP{net.IPv4(127, 0, 0, 1)},
		DNSNames:              hosts,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, err
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		return tls.Certificate{}, err
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}, nil
}
