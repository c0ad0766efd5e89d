module gots.test/constantgen

go 1.23
