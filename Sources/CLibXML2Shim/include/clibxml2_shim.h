#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

// A plain-C view of libxml2's HTML parser for ArabicTextHTML. No libxml2
// header is included here (see Sources/CLibXML2/clibxml2.h for why).

#include <stdint.h>

/// The runtime libxml2 version as an integer (20914 for 2.9.14).
int32_t atxml_version(void);

#endif
