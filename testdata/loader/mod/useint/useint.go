package useint

import (
	_ "example.com/mod/internal/secret"
	_ "internal/abi"
)
