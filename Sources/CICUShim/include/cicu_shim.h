#ifndef CICU_SHIM_H
#define CICU_SHIM_H

// A plain-C view of the few ICU operations ArabicTextICU needs.
//
// This header includes no ICU header: on Linux, Foundation carries its own
// ICU copy, and a Swift module that sees both fails to compile. ICU's
// function names are also macros (ucol_open -> ucol_open_72) that Swift does
// not import. The .c files include ICU and call it; this header uses only
// <stdint.h> types. Error codes are ICU's UErrorCode values as int32_t
// (negative = warning, 0 = success, positive = failure).

#include <stdint.h>

/// Writes the runtime ICU version ("72.1") into `buffer`, NUL-terminated.
void aticu_version(char *buffer, int32_t capacity);

#endif
