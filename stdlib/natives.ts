// The natives of gots' standard library: each package's native.ts registers its functions
// with the runtime. Importing this module makes every native available to compiled programs.

export {};
import "./src/errors/native.js";
import "./src/os/native.js";
import "./src/strconv/native.js";
import "./src/unicode/utf8/native.js";
import "./src/unicode/native.js";
import "./src/fmt/native.js";
import "./src/strings/native.js";
import "./src/math/native.js";
import "./src/runtime/native.js";
import "./src/runtime/debug/native.js";
import "./src/math/bits/native.js";
import "./src/sort/native.js";
import "./src/slices/native.js";
import "./src/sync/native.js";
import "./src/sync/atomic/native.js";
import "./src/context/native.js";
import "./src/time/native.js";
import "./src/bytes/native.js";
import "./src/hash/crc32/native.js";
import "./src/os/fs_native.js";
import "./src/encoding/hex/native.js";
import "./src/encoding/base64/native.js";
import "./src/crypto/sha256/native.js";
import "./src/crypto/md5/native.js";
import "./src/crypto/sha1/native.js";
import "./src/hash/adler32/native.js";
import "./src/encoding/binary/native.js";
import "./src/math/rand/v2/native.js";
import "./src/math/rand/native.js";
import "./src/flag/native.js";
import "./src/reflect/native.js";
import "./src/encoding/json/native.js";
