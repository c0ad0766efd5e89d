package p

//line foo.go:100
var x = 1 +

//line bar.go:10:5
var y = )
/*line baz.go:7:3*/var z = (

