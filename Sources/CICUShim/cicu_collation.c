#include "cicu_shim.h"
#include <unicode/ucol.h>
#include <unicode/uloc.h>

_Static_assert(ATICU_COL_FRENCH_COLLATION == UCOL_FRENCH_COLLATION, "UCOL_FRENCH_COLLATION");
_Static_assert(ATICU_COL_ALTERNATE_HANDLING == UCOL_ALTERNATE_HANDLING, "UCOL_ALTERNATE_HANDLING");
_Static_assert(ATICU_COL_CASE_FIRST == UCOL_CASE_FIRST, "UCOL_CASE_FIRST");
_Static_assert(ATICU_COL_CASE_LEVEL == UCOL_CASE_LEVEL, "UCOL_CASE_LEVEL");
_Static_assert(ATICU_COL_NORMALIZATION_MODE == UCOL_NORMALIZATION_MODE, "UCOL_NORMALIZATION_MODE");
_Static_assert(ATICU_COL_STRENGTH == UCOL_STRENGTH, "UCOL_STRENGTH");
_Static_assert(ATICU_COL_NUMERIC_COLLATION == UCOL_NUMERIC_COLLATION, "UCOL_NUMERIC_COLLATION");
_Static_assert(ATICU_COL_DEFAULT == UCOL_DEFAULT, "UCOL_DEFAULT");
_Static_assert(ATICU_COL_PRIMARY == UCOL_PRIMARY, "UCOL_PRIMARY");
_Static_assert(ATICU_COL_SECONDARY == UCOL_SECONDARY, "UCOL_SECONDARY");
_Static_assert(ATICU_COL_TERTIARY == UCOL_TERTIARY, "UCOL_TERTIARY");
_Static_assert(ATICU_COL_QUATERNARY == UCOL_QUATERNARY, "UCOL_QUATERNARY");
_Static_assert(ATICU_COL_IDENTICAL == UCOL_IDENTICAL, "UCOL_IDENTICAL");
_Static_assert(ATICU_COL_OFF == UCOL_OFF, "UCOL_OFF");
_Static_assert(ATICU_COL_ON == UCOL_ON, "UCOL_ON");

void *aticu_coll_open(const char *locale, int32_t *status) {
  return ucol_open(locale, (UErrorCode *)status);
}

void aticu_coll_close(void *collator) {
  ucol_close((UCollator *)collator);
}

void aticu_coll_set_attribute(void *collator, int32_t attribute, int32_t value, int32_t *status) {
  ucol_setAttribute((UCollator *)collator, (UColAttribute)attribute, (UColAttributeValue)value, (UErrorCode *)status);
}

void aticu_coll_actual_locale(const void *collator, char *buffer, int32_t capacity, int32_t *status) {
  const char *name = ucol_getLocaleByType((const UCollator *)collator, ULOC_ACTUAL_LOCALE, (UErrorCode *)status);
  int32_t i = 0;
  if (name != NULL) {
    for (; i + 1 < capacity && name[i] != 0; i++) buffer[i] = name[i];
  }
  if (capacity > 0) buffer[i] = 0;
}

int32_t aticu_coll_compare_utf8(
  const void *collator, const char *a, int32_t aLength, const char *b, int32_t bLength, int32_t *status) {
  return (int32_t)ucol_strcollUTF8((const UCollator *)collator, a, aLength, b, bLength, (UErrorCode *)status);
}

int32_t aticu_coll_compare(
  const void *collator, const uint16_t *a, int32_t aLength, const uint16_t *b, int32_t bLength) {
  return (int32_t)ucol_strcoll((const UCollator *)collator, (const UChar *)a, aLength, (const UChar *)b, bLength);
}

int32_t aticu_coll_sort_key(
  const void *collator, const uint16_t *text, int32_t length, uint8_t *key, int32_t capacity) {
  return ucol_getSortKey((const UCollator *)collator, (const UChar *)text, length, key, capacity);
}
