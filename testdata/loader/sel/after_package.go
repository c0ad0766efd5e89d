package sel

//go:build ignore
