package p

var (
	a = 0x
	b = 1e
	c = 0b102
	d = 09
	e = 1__2
	f = 0x1.p1
	g = 0x1.0
	h = 0o1.2
	i = 'ab'
	j = ''
	k = "\q"
	l = "\400"
	m = "\uD800"
	n = '\x4'
	o = 1_
)
