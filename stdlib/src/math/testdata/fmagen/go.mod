module fmagen

go 1.23
