package sel

/*
#include <stdio.h>
*/
import "C"
