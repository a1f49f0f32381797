#include "clibxml2_shim.h"
#include <libxml/parser.h>
#include <stdlib.h>

int32_t atxml_version(void) {
  return (int32_t)atoi(xmlParserVersion);
}
