module int64gen

go 1.23
