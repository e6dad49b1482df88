package store

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// bareBusConfig is a session bus that starts no service on demand, so
// nothing ever answers for the Secret Service.
const bareBusConfig = `<!DOCTYPE busconfig PUBLIC
 "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`

// inPrivateSession runs the calling test again inside dbus-run-session,
// passing busArgs before the command, and reports true in the parent,
// which must then return. The child gets its own home and XDG folders, so
// a Secret Service the bus starts on demand finds no keyring of the
// person's. Without dbus-run-session the test skips, or fails when CI=true.
func inPrivateSession(t *testing.T, busArgs ...string) bool {
	t.Helper()
	if os.Getenv(childEnv) == t.Name() {
		return false
	}
	tool, err := exec.LookPath("dbus-run-session")
	if err != nil {
		reason := "dbus-run-session is not installed (Debian package dbus)"
		if os.Getenv("CI") == "true" {
			t.Fatal(reason)
		}
		t.Skip(reason)
	}

	home := t.TempDir()
	env := []string{
		childEnv + "=" + t.Name(), "HOME=" + home,
		"XDG_DATA_HOME=" + filepath.Join(home, "data"),
		"XDG_CONFIG_HOME=" + filepath.Join(home, "config"),
		"XDG_CACHE_HOME=" + filepath.Join(home, "cache"),
		"XDG_RUNTIME_DIR=" + filepath.Join(home, "run"),
	}
	if err := os.Mkdir(filepath.Join(home, "run"), 0o700); err != nil {
		t.Fatal(err)
	}
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if !strings.HasPrefix(name, "XDG_") && !strings.HasPrefix(name, "DBUS_") &&
			!strings.HasPrefix(name, "GNOME_KEYRING") && name != "HOME" {
			env = append(env, kv)
		}
	}

	args := append(append(busArgs, "--", os.Args[0]), childArgs(t)...)
	cmd := exec.CommandContext(t.Context(), tool, args...)
	cmd.Env = env
	runChild(t, cmd)
	return true
}

// expectUnavailable saves and reads through the real keyring and expects
// ErrUnavailable, never a refusal, from both.
func expectUnavailable(t *testing.T) {
	t.Helper()
	s := New(Options{Dir: t.TempDir(), Keyring: SystemKeyring(), Timeout: ScriptTimeout})
	ctx := context.Background()

	if err := s.KeyringUsable(ctx); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("KeyringUsable = %v, want ErrUnavailable", err)
	}

	err := s.SaveKeyring(ctx, "kr", testToken)
	var rejected *RejectedError
	if !errors.Is(err, ErrUnavailable) || errors.As(err, &rejected) {
		t.Fatalf("SaveKeyring = %v, want ErrUnavailable", err)
	}
	assertNoToken(t, err)

	_, err = s.keyringGet(ctx, "kr")
	if !errors.Is(err, ErrUnavailable) || errors.As(err, &rejected) {
		t.Fatalf("reading the keyring = %v, want ErrUnavailable", err)
	}
	t.Logf("the keyring said: %v", err)
}

// C11: a plain dbus-run-session, as a script or container gets. Where
// gnome-keyring is installed the bus starts it on demand, and it has no
// collection to keep secrets in; where it is not, nothing answers.
func TestSessionBusWithoutAKeyringIsUnavailable(t *testing.T) {
	if inPrivateSession(t) {
		return
	}
	expectUnavailable(t)
}

// C11: a session bus that can start no service at all.
func TestSessionBusWithNoServicesIsUnavailable(t *testing.T) {
	if os.Getenv(childEnv) != t.Name() {
		config := filepath.Join(t.TempDir(), "session.conf")
		if err := os.WriteFile(config, []byte(bareBusConfig), 0o600); err != nil {
			t.Fatal(err)
		}
		if inPrivateSession(t, "--config-file="+config) {
			return
		}
	}
	expectUnavailable(t)
}
