module panicgen

go 1.23
