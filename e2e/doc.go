// Package e2e holds the real-screen tests of airtable-connect.
//
// The tests build the program once, run it in a pseudo-terminal behind a
// terminal emulator, type real key bytes into it and read the screen cell by
// cell. They keep every byte the program wrote, so a test can prove the
// token never reached the terminal and that the terminal was left as it was
// found. The package has no code outside its tests.
package e2e
