package syntaxerr

var x = )
