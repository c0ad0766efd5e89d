//go:build cgo

package sel
