package nested

import _ "example.com/mod/nested/inner"
