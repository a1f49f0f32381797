// The system libxml2 headers. Only the C shim (CLibXML2Shim) includes them:
// Debian's libxml2 headers include ICU's, which clash with Foundation's ICU
// copy in a Swift module.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
