package a

import "example.com/mod/b"

const A = b.B
