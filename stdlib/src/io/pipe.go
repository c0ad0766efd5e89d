//go:build gots_reachblock

// Pipe: a synchronous in-memory pipe between goroutines. Each Write is matched to one or
// more Reads that consume it completely; closing either end wakes the other.
//
// Built only with the gots_reachblock tag for now: the compiler's may-block analysis looks at
// every function of every loaded package, and the pipe's blocking Read and Write methods
// would make every call of a Read or Write method through an interface (all of fmt's
// output) a blocking call in every program that imports io.
package io

import "sync"

// onceError keeps the first error stored in it.
type onceError struct {
	err error
}

func (a *onceError) Store(err error) {
	if a.err != nil {
		return
	}
	a.err = err
}

func (a *onceError) Load() error { return a.err }

type pipe struct {
	wrMu sync.Mutex // one Write at a time
	wrCh chan []byte
	rdCh chan int
	once sync.Once
	done chan struct{}
	rerr onceError
	werr onceError
}

func (p *pipe) read(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.readCloseError()
	default:
	}
	select {
	case bw := <-p.wrCh:
		nr := copy(b, bw)
		p.rdCh <- nr
		return nr, nil
	case <-p.done:
		return 0, p.readCloseError()
	}
}

func (p *pipe) closeRead(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	p.rerr.Store(err)
	p.once.Do(func() { close(p.done) })
	return nil
}

// write hands b to readers piece by piece until it is consumed or the pipe closes.
func (p *pipe) write(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.writeCloseError()
	default:
	}
	p.wrMu.Lock()
	defer p.wrMu.Unlock()
	for first := true; first || len(b) > 0; first = false {
		select {
		case p.wrCh <- b:
			nw := <-p.rdCh
			b = b[nw:]
			n += nw
		case <-p.done:
			return n, p.writeCloseError()
		}
	}
	return n, nil
}

func (p *pipe) closeWrite(err error) error {
	if err == nil {
		err = EOF
	}
	p.werr.Store(err)
	p.once.Do(func() { close(p.done) })
	return nil
}

// readCloseError is the writer's close error, or ErrClosedPipe once the reader closed.
func (p *pipe) readCloseError() error {
	rerr := p.rerr.Load()
	if werr := p.werr.Load(); rerr == nil && werr != nil {
		return werr
	}
	return ErrClosedPipe
}

func (p *pipe) writeCloseError() error {
	werr := p.werr.Load()
	if rerr := p.rerr.Load(); werr == nil && rerr != nil {
		return rerr
	}
	return ErrClosedPipe
}

// PipeReader is the read half of a pipe.
type PipeReader struct{ pipe }

// Read blocks until data is written or the write end is closed (then returning its error,
// EOF for a plain Close).
func (r *PipeReader) Read(data []byte) (n int, err error) { return r.pipe.read(data) }

func (r *PipeReader) Close() error { return r.CloseWithError(nil) }

// CloseWithError makes later writes fail with err (ErrClosedPipe when nil).
func (r *PipeReader) CloseWithError(err error) error { return r.pipe.closeRead(err) }

// PipeWriter is the write half of a pipe.
type PipeWriter struct{ r PipeReader }

// Write blocks until readers have taken all of data or the read end is closed.
func (w *PipeWriter) Write(data []byte) (n int, err error) { return w.r.pipe.write(data) }

func (w *PipeWriter) Close() error { return w.CloseWithError(nil) }

// CloseWithError makes reads return err (EOF when nil) once the data is consumed.
func (w *PipeWriter) CloseWithError(err error) error { return w.r.pipe.closeWrite(err) }

// Pipe creates a connected pair.
func Pipe() (*PipeReader, *PipeWriter) {
	pw := &PipeWriter{r: PipeReader{pipe: pipe{
		wrCh: make(chan []byte),
		rdCh: make(chan int),
		done: make(chan struct{}),
	}}}
	return &pw.r, pw
}
