module complexgen

go 1.23
