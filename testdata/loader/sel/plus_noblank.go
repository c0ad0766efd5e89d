// +build !linux
package sel
