// Reading the file system: Stat, Lstat, ReadDir, Readlink and Getwd, through the host (see
// fs_native.ts). Errors are *PathError values holding the system's error number, printed
// with the C library's texts as gc prints syscall.Errno values.
package os

import (
	"errors"
	"io/fs"
	"time"
)

type (
	FileInfo = fs.FileInfo
	DirEntry = fs.DirEntry
)

// errno is a system error number (gc's syscall.Errno, which gots has no package for).
type errno uintptr

// The error numbers of Linux that the host may report.
const (
	ePERM        errno = 1
	eNOENT       errno = 2
	eIO          errno = 5
	eBADF        errno = 9
	eACCES       errno = 13
	eEXIST       errno = 17
	eNOTDIR      errno = 20
	eISDIR       errno = 21
	eINVAL       errno = 22
	eMFILE       errno = 24
	eFBIG        errno = 27
	eNOSPC       errno = 28
	eSPIPE       errno = 29
	eROFS        errno = 30
	eXDEV        errno = 18
	eBUSY        errno = 16
	eAGAIN       errno = 11
	eNAMETOOLONG errno = 36
	eNOSYS       errno = 38
	eNOTEMPTY    errno = 39
	eLOOP        errno = 40
	eNOTSUP      errno = 95
)

var errnoText = map[errno]string{
	ePERM:        "operation not permitted",
	eNOENT:       "no such file or directory",
	eIO:          "input/output error",
	eBADF:        "bad file descriptor",
	eACCES:       "permission denied",
	eEXIST:       "file exists",
	eNOTDIR:      "not a directory",
	eISDIR:       "is a directory",
	eINVAL:       "invalid argument",
	eMFILE:       "too many open files",
	eFBIG:        "file too large",
	eNOSPC:       "no space left on device",
	eSPIPE:       "illegal seek",
	eROFS:        "read-only file system",
	eXDEV:        "invalid cross-device link",
	eBUSY:        "device or resource busy",
	eAGAIN:       "resource temporarily unavailable",
	eNAMETOOLONG: "file name too long",
	eNOSYS:       "function not implemented",
	eNOTEMPTY:    "directory not empty",
	eLOOP:        "too many levels of symbolic links",
	eNOTSUP:      "operation not supported",
}

func (e errno) Error() string {
	if s, ok := errnoText[e]; ok {
		return s
	}
	return "errno " + itoa(int(e))
}

// Is lets errors.Is match the portable errors, as syscall.Errno does.
func (e errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == eACCES || e == ePERM
	case ErrExist:
		return e == eEXIST || e == eNOTEMPTY
	case ErrNotExist:
		return e == eNOENT
	case errors.ErrUnsupported:
		return e == eNOSYS || e == eNOTSUP
	}
	return false
}

func (e errno) Timeout() bool { return e == eAGAIN || e == 110 }

func (e errno) Temporary() bool { return e == 4 || e == eMFILE || e == 23 || e.Timeout() }

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var b [20]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// fileStat is the FileInfo of Stat and Lstat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	dev     uint64
	ino     uint64
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any           { return nil }

// SameFile reports whether fi1 and fi2 describe the same file (same device and inode);
// only FileInfos from this package compare.
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return a.dev == b.dev && a.ino == b.ino
}

// modeOf converts a Unix st_mode into a FileMode.
func modeOf(st uint32) FileMode {
	m := FileMode(st & 0777)
	switch st & 0170000 {
	case 0060000:
		m |= ModeDevice
	case 0020000:
		m |= ModeDevice | ModeCharDevice
	case 0040000:
		m |= ModeDir
	case 0010000:
		m |= ModeNamedPipe
	case 0120000:
		m |= ModeSymlink
	case 0140000:
		m |= ModeSocket
	}
	if st&04000 != 0 {
		m |= ModeSetuid
	}
	if st&02000 != 0 {
		m |= ModeSetgid
	}
	if st&01000 != 0 {
		m |= ModeSticky
	}
	return m
}

// basename is the last element of name, ignoring trailing slashes ("/" stays "/").
func basename(name string) string {
	i := len(name) - 1
	for ; i > 0 && name[i] == '/'; i-- {
		name = name[:i]
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// hostStat is stat(2) (follow) or lstat(2): st_mode, size, modification time, device,
// inode, and the error number (0 on success).
func hostStat(name string, follow bool) (mode uint32, size, sec, nsec int64, dev, ino uint64, e int)

// hostReadDir lists a directory: names and the st_mode type bits of each entry, unsorted.
func hostReadDir(name string) (names []string, types []int, e int)

func hostReadlink(name string) (string, int)

func hostGetwd() (string, int)

func statAs(op, name string, follow bool) (FileInfo, error) {
	mode, size, sec, nsec, dev, ino, e := hostStat(name, follow)
	if e != 0 {
		return nil, &PathError{Op: op, Path: name, Err: errno(e)}
	}
	return &fileStat{name: basename(name), size: size, mode: modeOf(mode), modTime: time.Unix(sec, nsec), dev: dev, ino: ino}, nil
}

// Stat returns a FileInfo describing the named file, following symbolic links.
func Stat(name string) (FileInfo, error) { return statAs("stat", name, true) }

// Lstat returns a FileInfo describing the named file; a symbolic link is described itself.
func Lstat(name string) (FileInfo, error) { return statAs("lstat", name, false) }

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	s, e := hostReadlink(name)
	if e != 0 {
		return "", &PathError{Op: "readlink", Path: name, Err: errno(e)}
	}
	return s, nil
}

// dirEntry is a DirEntry read from a directory: its type comes with the listing, the rest
// of its FileInfo from an Lstat on demand.
type dirEntry struct {
	parent string
	name   string
	typ    FileMode
}

func (d *dirEntry) Name() string            { return d.name }
func (d *dirEntry) IsDir() bool             { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode          { return d.typ }
func (d *dirEntry) Info() (FileInfo, error) { return Lstat(d.parent + "/" + d.name) }
func (d *dirEntry) String() string          { return fs.FormatDirEntry(d) }

// ReadDir reads the named directory and returns its entries sorted by file name.
func ReadDir(name string) ([]DirEntry, error) {
	names, types, e := hostReadDir(name)
	if e != 0 {
		op := "open"
		if errno(e) == eNOTDIR {
			// The path exists but is no directory: opening works, reading the entries fails.
			if _, err := Stat(name); err == nil {
				op = "readdirent"
			}
		}
		return nil, &PathError{Op: op, Path: name, Err: errno(e)}
	}
	entries := make([]DirEntry, len(names))
	for i, n := range names {
		entries[i] = &dirEntry{parent: name, name: n, typ: modeOf(uint32(types[i])).Type()}
	}
	// Insertion sort keeps os free of package sort; directories are rarely huge.
	for i := 1; i < len(entries); i++ {
		for j := i; j > 0 && entries[j].Name() < entries[j-1].Name(); j-- {
			entries[j], entries[j-1] = entries[j-1], entries[j]
		}
	}
	return entries, nil
}

// Getwd returns an absolute name of the current directory: $PWD when it names the same
// directory as ".", else the host's answer.
func Getwd() (dir string, err error) {
	dot, err := Stat(".")
	if err != nil {
		return "", err
	}
	dir = Getenv("PWD")
	if len(dir) > 0 && dir[0] == '/' {
		if d, err := Stat(dir); err == nil && SameFile(dot, d) {
			return dir, nil
		}
	}
	dir, e := hostGetwd()
	if e != 0 {
		return "", NewSyscallError("getwd", errno(e))
	}
	return dir, nil
}

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }
