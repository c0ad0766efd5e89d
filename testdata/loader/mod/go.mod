module example.com/mod // the module

go 1.20.3

require (
	example.com/dep v1.0.0
)
