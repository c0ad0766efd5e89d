// +build windows

//go:build linux

package sel
