module growgen

go 1.23
