//go:build go1.24

package sel
