package ui

import (
	"context"
	"errors"
	"io"
)

// errAccessibleTODO is returned until the line-by-line mode is written.
var errAccessibleTODO = errors.New("accessible mode is not available yet")

// runAccessible walks the same steps as plain prompts.
//
// TODO: ask each step with huh's accessible fields (Input, MultiSelect,
// Select, Confirm via RunAccessible) and the token with EchoModeNone.
func runAccessible(_ context.Context, _ Config, _ io.Reader, _ io.Writer) (Result, error) {
	return Result{}, errAccessibleTODO
}
