// +build linux

// +build 386

package sel
