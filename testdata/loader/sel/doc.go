// Package documentation.
package documentation
