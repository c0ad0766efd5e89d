module printgen

go 1.23
