// The system ICU headers. Only the C shim (CICUShim) includes them; Swift
// modules see the shim's plain-C header instead (see icu-on-linux notes in
// Sources/CICUShim/include/cicu_shim.h).
#include <unicode/utypes.h>
#include <unicode/uversion.h>
#include <unicode/uchar.h>
#include <unicode/ubidi.h>
#include <unicode/ushape.h>
#include <unicode/ucol.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
