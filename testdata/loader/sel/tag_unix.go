//go:build unix && amd64 && go1.23 && gc

package sel
