module errorsgen

go 1.23
