module stringgen

go 1.23
