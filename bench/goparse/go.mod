module gotsbench/goparse

go 1.23
