#include "cicu_shim.h"
#include <string.h>
#include <unicode/ubidi.h>

_Static_assert(ATICU_BIDI_DEFAULT_LTR == UBIDI_DEFAULT_LTR, "UBIDI_DEFAULT_LTR");
_Static_assert(ATICU_BIDI_DEFAULT_RTL == UBIDI_DEFAULT_RTL, "UBIDI_DEFAULT_RTL");
_Static_assert(ATICU_BIDI_LEVEL_OVERRIDE == UBIDI_LEVEL_OVERRIDE, "UBIDI_LEVEL_OVERRIDE");
_Static_assert(ATICU_BIDI_MAX_EXPLICIT_LEVEL == UBIDI_MAX_EXPLICIT_LEVEL, "UBIDI_MAX_EXPLICIT_LEVEL");
_Static_assert(ATICU_BIDI_KEEP_BASE_COMBINING == UBIDI_KEEP_BASE_COMBINING, "UBIDI_KEEP_BASE_COMBINING");
_Static_assert(ATICU_BIDI_DO_MIRRORING == UBIDI_DO_MIRRORING, "UBIDI_DO_MIRRORING");
_Static_assert(ATICU_BIDI_INSERT_LRM_FOR_NUMERIC == UBIDI_INSERT_LRM_FOR_NUMERIC, "UBIDI_INSERT_LRM_FOR_NUMERIC");
_Static_assert(ATICU_BIDI_REMOVE_BIDI_CONTROLS == UBIDI_REMOVE_BIDI_CONTROLS, "UBIDI_REMOVE_BIDI_CONTROLS");
_Static_assert(ATICU_BIDI_OUTPUT_REVERSE == UBIDI_OUTPUT_REVERSE, "UBIDI_OUTPUT_REVERSE");
_Static_assert(ATICU_BIDI_LTR == UBIDI_LTR, "UBIDI_LTR");
_Static_assert(ATICU_BIDI_RTL == UBIDI_RTL, "UBIDI_RTL");
_Static_assert(ATICU_BIDI_MIXED == UBIDI_MIXED, "UBIDI_MIXED");
_Static_assert(ATICU_BIDI_NEUTRAL == UBIDI_NEUTRAL, "UBIDI_NEUTRAL");

void *aticu_bidi_open(void) {
  return ubidi_open();
}

void aticu_bidi_close(void *bidi) {
  ubidi_close((UBiDi *)bidi);
}

void aticu_bidi_set_para(void *bidi, const uint16_t *text, int32_t length, uint8_t level, int32_t *status) {
  ubidi_setPara((UBiDi *)bidi, (const UChar *)text, length, level, NULL, (UErrorCode *)status);
}

void aticu_bidi_set_para_with_levels(
  void *bidi, const uint16_t *text, int32_t length, uint8_t level, uint8_t *levels, int32_t *status) {
  ubidi_setPara((UBiDi *)bidi, (const UChar *)text, length, level, (UBiDiLevel *)levels, (UErrorCode *)status);
}

void aticu_bidi_set_line(void *para, int32_t start, int32_t limit, void *line, int32_t *status) {
  ubidi_setLine((const UBiDi *)para, start, limit, (UBiDi *)line, (UErrorCode *)status);
}

uint8_t aticu_bidi_para_level(void *bidi) {
  return ubidi_getParaLevel((const UBiDi *)bidi);
}

int32_t aticu_bidi_direction(void *bidi) {
  return (int32_t)ubidi_getDirection((const UBiDi *)bidi);
}

int32_t aticu_bidi_length(void *bidi) {
  return ubidi_getLength((const UBiDi *)bidi);
}

void aticu_bidi_levels(void *bidi, uint8_t *levels, int32_t *status) {
  const UBiDiLevel *source = ubidi_getLevels((UBiDi *)bidi, (UErrorCode *)status);
  if (U_FAILURE(*status)) return;
  memcpy(levels, source, (size_t)ubidi_getLength((const UBiDi *)bidi));
}

int32_t aticu_bidi_count_runs(void *bidi, int32_t *status) {
  return ubidi_countRuns((UBiDi *)bidi, (UErrorCode *)status);
}

int32_t aticu_bidi_visual_run(void *bidi, int32_t index, int32_t *start, int32_t *length) {
  return (int32_t)ubidi_getVisualRun((UBiDi *)bidi, index, start, length);
}

void aticu_bidi_visual_map(void *bidi, int32_t *map, int32_t *status) {
  ubidi_getVisualMap((UBiDi *)bidi, map, (UErrorCode *)status);
}

int32_t aticu_bidi_write_reordered(void *bidi, uint16_t *dest, int32_t capacity, uint16_t options, int32_t *status) {
  return ubidi_writeReordered((UBiDi *)bidi, (UChar *)dest, capacity, options, (UErrorCode *)status);
}
