// Copyright line.

// +build !linux

package sel
