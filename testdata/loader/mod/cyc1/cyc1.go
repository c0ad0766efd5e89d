package cyc1

import _ "example.com/mod/cyc2"
