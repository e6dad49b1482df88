package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// childEnv names the test a re-run test binary should run for real.
const childEnv = "AIRTABLE_CONNECT_STORE_CHILD"

// inFreshProcess runs the calling test again in a new test process and
// reports true in the parent, which must then return. The real keyring
// tests need this: other tests point go-keyring at its process-wide mock,
// and the D-Bus library keeps its session connection for the process.
func inFreshProcess(t *testing.T) bool {
	t.Helper()
	if os.Getenv(childEnv) == t.Name() {
		return false
	}

	cmd := exec.CommandContext(t.Context(), os.Args[0], childArgs(t)...)
	cmd.Env = append(os.Environ(), childEnv+"="+t.Name())
	runChild(t, cmd)
	return true
}

// childArgs runs only the calling test, verbosely, once.
func childArgs(t *testing.T) []string {
	return []string{"-test.run=^" + t.Name() + "$", "-test.v", "-test.count=1"}
}

// runChild runs a test process for the calling test and passes on its
// outcome: its failure, its skip, or that it ran no test.
func runChild(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	out, err := cmd.CombinedOutput()
	t.Logf("fresh test process:\n%s", out)
	switch {
	case err != nil:
		t.Fatalf("fresh test process: %v", err)
	case strings.Contains(string(out), "--- SKIP"):
		t.Skip("skipped in the fresh test process (reason above)")
	case !strings.Contains(string(out), "--- PASS"):
		t.Fatal("the fresh test process ran no test")
	}
}

// requireSecretService skips the test when no Secret Service answers,
// unless CI=true, where a missing keyring is a failure.
func requireSecretService(t *testing.T, s *Store) {
	t.Helper()
	_, err := s.keyringGet(context.Background(), "absent-"+randomSuffix())
	if err == nil || errors.Is(err, ErrNotFound) {
		return
	}
	reason := fmt.Sprintf("no usable Secret Service here (%v); run the test under "+
		".ci/with-keyring", err)
	if os.Getenv("CI") == "true" {
		t.Fatal(reason)
	}
	t.Skip(reason)
}

func randomSuffix() string {
	return fmt.Sprintf("%d-%d", os.Getpid(), time.Now().UnixNano())
}

// savedInRealKeyring saves testToken under a fresh profile in the real
// system keyring, with its details, and removes the entry when the test
// ends. It fails the test unless the keyring is usable and the save works.
func savedInRealKeyring(t *testing.T) (*Store, string) {
	t.Helper()
	s := New(Options{Dir: t.TempDir(), Keyring: SystemKeyring(), Timeout: ScriptTimeout})
	requireSecretService(t, s)
	ctx := context.Background()
	profile := "test-" + randomSuffix()
	t.Cleanup(func() { _ = SystemKeyring().Delete(Service, profile) })

	if err := s.KeyringUsable(ctx); err != nil {
		t.Fatalf("KeyringUsable with a working keyring = %v", err)
	}

	if err := s.SaveKeyring(ctx, profile, testToken); err != nil {
		t.Fatalf("SaveKeyring: %v", err)
	}
	if err := s.SaveProfile(Profile{Name: profile, Storage: LocationKeyring}); err != nil {
		t.Fatalf("SaveProfile: %v", err)
	}
	return s, profile
}

// TestRealKeyringRoundTrip saves, reads and removes a token through the
// real system keyring.
func TestRealKeyringRoundTrip(t *testing.T) {
	if inFreshProcess(t) {
		return
	}
	s, profile := savedInRealKeyring(t)
	ctx := context.Background()
	got, loc, err := s.Token(ctx, profile)
	if err != nil || got != testToken || loc != LocationKeyring {
		t.Fatalf("Token = %v, %q; want the token from the keyring", err, loc)
	}
	if _, err := os.Stat(s.tokenPath(profile)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a token file was written: %v", err)
	}

	if err := s.Remove(ctx, profile); err != nil {
		t.Fatalf("Remove: %v", err)
	}
	if _, err := SystemKeyring().Get(Service, profile); err == nil {
		t.Fatal("the keyring entry is still there after Remove")
	}
	if _, _, err := s.Token(ctx, profile); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Token after Remove = %v, want ErrNotFound", err)
	}
	t.Logf("saved, read back and removed %s/%s in the real keyring", Service, profile)
}

// TestRealKeyringNoBusAddress checks that without any session bus the real
// backend reports ErrUnavailable at once instead of starting a bus.
func TestRealKeyringNoBusAddress(t *testing.T) {
	if inFreshProcess(t) {
		return
	}
	if checkSessionBus() == nil && os.Getenv("DBUS_SESSION_BUS_ADDRESS") == "" {
		t.Skip("this machine has a per-user session bus in /run/user")
	}
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "")
	s := New(Options{Dir: t.TempDir(), Keyring: SystemKeyring(), Timeout: ScriptTimeout})
	if err := s.SaveProfile(Profile{Name: "work", Storage: LocationKeyring}); err != nil {
		t.Fatalf("SaveProfile: %v", err)
	}

	_, _, err := s.Token(context.Background(), "work")
	if !errors.Is(err, ErrUnavailable) {
		t.Fatalf("Token without a session bus = %v, want ErrUnavailable", err)
	}
}

// TestRealKeyringNoSessionBus points the real backend at a session bus
// that does not exist and expects ErrUnavailable (case C11), quickly.
func TestRealKeyringNoSessionBus(t *testing.T) {
	if inFreshProcess(t) {
		return
	}
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path="+t.TempDir()+"/no-bus")
	s := New(Options{Dir: t.TempDir(), Keyring: SystemKeyring(), Timeout: ScriptTimeout})

	err := s.SaveKeyring(context.Background(), "work", testToken)
	if !errors.Is(err, ErrUnavailable) {
		t.Fatalf("SaveKeyring without a session bus = %v, want ErrUnavailable", err)
	}
	assertNoToken(t, err)
}

// TestRealKeyringMoveToFile moves a profile from the real keyring to a
// file and expects the keyring entry gone.
func TestRealKeyringMoveToFile(t *testing.T) {
	if inFreshProcess(t) {
		return
	}
	s, profile := savedInRealKeyring(t)
	if _, err := s.SaveFile(profile, testToken); err != nil {
		t.Fatalf("SaveFile: %v", err)
	}
	if _, err := SystemKeyring().Get(Service, profile); err == nil {
		t.Fatal("the keyring entry is still there after the move to a file")
	}
}
