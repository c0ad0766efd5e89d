/* block
//go:build ignore
*/

package sel
