#include "cicu_shim.h"
#include <unicode/uversion.h>

void aticu_version(char *buffer, int32_t capacity) {
  UVersionInfo info;
  u_getVersion(info);
  char text[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(info, text);
  int32_t i = 0;
  for (; i + 1 < capacity && text[i] != 0; i++) buffer[i] = text[i];
  if (capacity > 0) buffer[i] = 0;
}
