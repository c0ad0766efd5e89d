// Files: opening, reading, writing and seeking through the host's file system (fs_native.ts),
// and the standard streams, which go through the host's standard input and output. The
// natives are positional, so the offset of each open file is kept here.
package os

import (
	"errors"
	"io"
	"time"
)

// File is an open file descriptor.
type File struct {
	fd         int
	name       string
	closed     bool
	stdio      bool // descriptors 0-2 made by NewFile: the host's standard streams
	positional bool // reads and writes give the offset (regular files, directories, block devices)
	pipe       bool // no offset at all: Seek fails with ESPIPE
	appendMode bool
	off        int64
	dir        *dirList // a directory listing in progress (File.ReadDir and relatives)
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Flags for OpenFile (Linux's values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// Whence values for Seek.
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

func sysOpen(name string, flag int, perm uint32) (fd int, e int)
func sysClose(fd int) int
func sysRead(fd int, b []byte, off int64) (n int, e int)
func sysWrite(fd int, b []byte, off int64) (n int, e int)
func sysFstat(fd int) (mode uint32, size, sec, nsec int64, dev, ino uint64, e int)
func sysFtruncate(fd int, size int64) int
func sysFsync(fd int) int
func readStdin(b []byte) (n int, e int)
func writeFd(fd int, b []byte)
func writeStringFd(fd int, s string)

// NewFile returns a File for an open descriptor; 0, 1 and 2 are the host's standard streams.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	f := &File{fd: int(fd), name: name}
	if fd <= 2 {
		f.stdio = true
		return f
	}
	f.classify()
	return f
}

// classify decides from the file's type how its offset is handled.
func (f *File) classify() {
	mode, _, _, _, _, _, e := sysFstat(f.fd)
	if e != 0 {
		return
	}
	switch mode & 0170000 {
	case 0100000, 0040000, 0060000:
		f.positional = true
	case 0010000, 0140000:
		f.pipe = true
	}
}

// syscallMode converts a FileMode into the permission bits of open(2) and mkdir(2).
func syscallMode(i FileMode) uint32 {
	o := uint32(i.Perm())
	if i&ModeSetuid != 0 {
		o |= 04000
	}
	if i&ModeSetgid != 0 {
		o |= 02000
	}
	if i&ModeSticky != 0 {
		o |= 01000
	}
	return o
}

// OpenFile opens the named file with the given flags (O_RDONLY etc.), creating it with perm
// (before the umask) when O_CREATE is given and it does not exist.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := sysOpen(name, flag|0x80000, syscallMode(perm)) // O_CLOEXEC, as gc adds
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errno(e)}
	}
	f := &File{fd: fd, name: name, appendMode: flag&O_APPEND != 0}
	f.classify()
	return f, nil
}

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file (mode 0666 before the umask), for reading and writing.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

func (f *File) Name() string { return f.name }

// Fd returns the descriptor, or ^uintptr(0) once closed.
func (f *File) Fd() uintptr {
	if f == nil || f.closed {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) check(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

func (f *File) wrap(op string, e int) error {
	return &PathError{Op: op, Path: f.name, Err: errno(e)}
}

// read is one read(2) at the file's offset.
func (f *File) read(b []byte) (int, int) {
	if f.stdio {
		if f.fd != 0 {
			return 0, int(eBADF)
		}
		return readStdin(b)
	}
	off := int64(-1)
	if f.positional {
		off = f.off
	}
	n, e := sysRead(f.fd, b, off)
	if e == 0 && f.positional {
		f.off += int64(n)
	}
	return n, e
}

// Read reads up to len(b) bytes; at end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.check("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := f.read(b)
	if e != 0 {
		return 0, f.wrap("read", e)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt reads len(b) bytes at offset off (not moving the file's offset); fewer only with an error.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	if err := f.check("read"); err != nil {
		return 0, err
	}
	for len(b) > 0 {
		m, e := sysRead(f.fd, b, off)
		if e != 0 {
			return n, f.wrap("read", e)
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, nil
}

// write writes all of b (the natives write whole buffers) at the file's offset.
func (f *File) write(b []byte) (int, int) {
	if f.stdio {
		if f.fd == 0 {
			return 0, int(eBADF)
		}
		writeFd(f.fd, b)
		return len(b), 0
	}
	off := int64(-1)
	if f.positional && !f.appendMode {
		off = f.off
	}
	n, e := sysWrite(f.fd, b, off)
	if e == 0 && f.positional {
		if f.appendMode {
			_, size, _, _, _, _, _ := sysFstat(f.fd)
			f.off = size
		} else {
			f.off += int64(n)
		}
	}
	return n, e
}

func (f *File) Write(b []byte) (n int, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	n, e := f.write(b)
	if e != 0 {
		return n, f.wrap("write", e)
	}
	return n, nil
}

func (f *File) WriteString(s string) (n int, err error) {
	if f != nil && f.stdio && f.fd != 0 && !f.closed {
		writeStringFd(f.fd, s)
		return len(s), nil
	}
	return f.Write([]byte(s))
}

// WriteAt writes b at offset off; files opened with O_APPEND refuse.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.appendMode {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	if err := f.check("write"); err != nil {
		return 0, err
	}
	m, e := sysWrite(f.fd, b, off)
	if e != 0 {
		return m, f.wrap("write", e)
	}
	return m, nil
}

// Seek sets the offset for the next Read or Write: relative to the start (0), the current
// offset (1) or the end (2). A directory listing in progress starts over.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.check("seek"); err != nil {
		return 0, err
	}
	f.dir = nil
	if f.pipe || f.stdio {
		return 0, f.wrap("seek", int(eSPIPE))
	}
	if !f.positional {
		return 0, nil
	}
	var base int64
	switch whence {
	case SEEK_SET:
	case SEEK_CUR:
		base = f.off
	case SEEK_END:
		_, size, _, _, _, _, e := sysFstat(f.fd)
		if e != 0 {
			return 0, f.wrap("seek", e)
		}
		base = size
	default:
		return 0, f.wrap("seek", int(eINVAL))
	}
	if base+offset < 0 {
		return 0, f.wrap("seek", int(eINVAL))
	}
	f.off = base + offset
	return f.off, nil
}

func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	f.dir = nil
	if f.stdio {
		return nil
	}
	if e := sysClose(f.fd); e != 0 {
		return f.wrap("close", e)
	}
	return nil
}

// Stat describes the open file.
func (f *File) Stat() (FileInfo, error) {
	if err := f.check("stat"); err != nil {
		return nil, err
	}
	mode, size, sec, nsec, dev, ino, e := sysFstat(f.fd)
	if e != 0 {
		return nil, f.wrap("stat", e)
	}
	return &fileStat{name: basename(f.name), size: size, mode: modeOf(mode), modTime: time.Unix(sec, nsec), dev: dev, ino: ino}, nil
}

// Sync commits the file's contents to stable storage.
func (f *File) Sync() error {
	if err := f.check("sync"); err != nil {
		return err
	}
	if f.stdio {
		return nil
	}
	if e := sysFsync(f.fd); e != 0 {
		return f.wrap("sync", e)
	}
	return nil
}

// Truncate changes the file's size; the offset stays.
func (f *File) Truncate(size int64) error {
	if err := f.check("truncate"); err != nil {
		return err
	}
	if e := sysFtruncate(f.fd, size); e != 0 {
		return f.wrap("truncate", e)
	}
	return nil
}

// Chmod changes the mode of the file.
func (f *File) Chmod(mode FileMode) error {
	if err := f.check("chmod"); err != nil {
		return err
	}
	if e := sysChmod(f.name, syscallMode(mode)); e != 0 {
		return f.wrap("chmod", e)
	}
	return nil
}

// Chdir makes the file, a directory, the current directory.
func (f *File) Chdir() error {
	if err := f.check("chdir"); err != nil {
		return err
	}
	if e := sysChdir(f.name); e != 0 {
		return f.wrap("chdir", e)
	}
	return nil
}

// ReadFrom copies r to the file (io.Copy's fast path in gc; here a plain loop).
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	// gc first tries copy_file_range from another file; a directory as the source is the
	// one failure of that path that is reported rather than falling back to copying.
	if lr, ok := r.(*io.LimitedReader); ok {
		r = lr.R
	}
	var src *File
	switch v := r.(type) {
	case *File:
		src = v
	case fileWithoutWriteTo:
		src = v.f
	}
	if src != nil && !src.closed && !src.stdio && !f.appendMode && !f.stdio {
		if mode, _, _, _, _, _, e := sysFstat(src.fd); e == 0 && mode&0170000 == 0040000 {
			return 0, &PathError{Op: "write", Path: f.name, Err: NewSyscallError("copy_file_range", eISDIR)}
		}
	}
	return io.Copy(fileWithoutReadFrom{f}, r)
}

// WriteTo copies the file to w.
func (f *File) WriteTo(w io.Writer) (n int64, err error) {
	if err := f.check("read"); err != nil {
		return 0, err
	}
	return io.Copy(w, fileWithoutWriteTo{f})
}

// These hide ReadFrom and WriteTo so that io.Copy does not call back into them.
type fileWithoutReadFrom struct{ f *File }

func (w fileWithoutReadFrom) Write(b []byte) (int, error) { return w.f.Write(b) }

type fileWithoutWriteTo struct{ f *File }

func (r fileWithoutWriteTo) Read(b []byte) (int, error) { return r.f.Read(b) }

// SetDeadline and its relatives: files on disk have no deadlines.
func (f *File) SetDeadline(t time.Time) error      { return f.setDeadline() }
func (f *File) SetReadDeadline(t time.Time) error  { return f.setDeadline() }
func (f *File) SetWriteDeadline(t time.Time) error { return f.setDeadline() }

func (f *File) setDeadline() error {
	if err := f.check("SetDeadline"); err != nil {
		return err
	}
	return ErrNoDeadline
}
