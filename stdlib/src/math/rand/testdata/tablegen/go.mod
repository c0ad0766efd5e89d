module tablegen

go 1.23
