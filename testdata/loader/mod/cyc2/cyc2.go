package cyc2

import _ "example.com/mod/cyc1"
