#include "cicu_shim.h"
#include <unicode/uversion.h>
#include <unicode/uchar.h>
#include <unicode/utypes.h>

// The shim's constants repeat ICU's values; these checks keep them in step.
_Static_assert(ATICU_BUFFER_OVERFLOW_ERROR == U_BUFFER_OVERFLOW_ERROR, "U_BUFFER_OVERFLOW_ERROR");
_Static_assert(ATICU_MEMORY_ALLOCATION_ERROR == U_MEMORY_ALLOCATION_ERROR, "U_MEMORY_ALLOCATION_ERROR");
_Static_assert(ATICU_ILLEGAL_ARGUMENT_ERROR == U_ILLEGAL_ARGUMENT_ERROR, "U_ILLEGAL_ARGUMENT_ERROR");
_Static_assert(ATICU_BIDI_L == U_LEFT_TO_RIGHT, "U_LEFT_TO_RIGHT");
_Static_assert(ATICU_BIDI_R == U_RIGHT_TO_LEFT, "U_RIGHT_TO_LEFT");
_Static_assert(ATICU_BIDI_EN == U_EUROPEAN_NUMBER, "U_EUROPEAN_NUMBER");
_Static_assert(ATICU_BIDI_ES == U_EUROPEAN_NUMBER_SEPARATOR, "U_EUROPEAN_NUMBER_SEPARATOR");
_Static_assert(ATICU_BIDI_ET == U_EUROPEAN_NUMBER_TERMINATOR, "U_EUROPEAN_NUMBER_TERMINATOR");
_Static_assert(ATICU_BIDI_AN == U_ARABIC_NUMBER, "U_ARABIC_NUMBER");
_Static_assert(ATICU_BIDI_CS == U_COMMON_NUMBER_SEPARATOR, "U_COMMON_NUMBER_SEPARATOR");
_Static_assert(ATICU_BIDI_B == U_BLOCK_SEPARATOR, "U_BLOCK_SEPARATOR");
_Static_assert(ATICU_BIDI_S == U_SEGMENT_SEPARATOR, "U_SEGMENT_SEPARATOR");
_Static_assert(ATICU_BIDI_WS == U_WHITE_SPACE_NEUTRAL, "U_WHITE_SPACE_NEUTRAL");
_Static_assert(ATICU_BIDI_ON == U_OTHER_NEUTRAL, "U_OTHER_NEUTRAL");
_Static_assert(ATICU_BIDI_LRE == U_LEFT_TO_RIGHT_EMBEDDING, "U_LEFT_TO_RIGHT_EMBEDDING");
_Static_assert(ATICU_BIDI_LRO == U_LEFT_TO_RIGHT_OVERRIDE, "U_LEFT_TO_RIGHT_OVERRIDE");
_Static_assert(ATICU_BIDI_AL == U_RIGHT_TO_LEFT_ARABIC, "U_RIGHT_TO_LEFT_ARABIC");
_Static_assert(ATICU_BIDI_RLE == U_RIGHT_TO_LEFT_EMBEDDING, "U_RIGHT_TO_LEFT_EMBEDDING");
_Static_assert(ATICU_BIDI_RLO == U_RIGHT_TO_LEFT_OVERRIDE, "U_RIGHT_TO_LEFT_OVERRIDE");
_Static_assert(ATICU_BIDI_PDF == U_POP_DIRECTIONAL_FORMAT, "U_POP_DIRECTIONAL_FORMAT");
_Static_assert(ATICU_BIDI_NSM == U_DIR_NON_SPACING_MARK, "U_DIR_NON_SPACING_MARK");
_Static_assert(ATICU_BIDI_BN == U_BOUNDARY_NEUTRAL, "U_BOUNDARY_NEUTRAL");
_Static_assert(ATICU_BIDI_FSI == U_FIRST_STRONG_ISOLATE, "U_FIRST_STRONG_ISOLATE");
_Static_assert(ATICU_BIDI_LRI == U_LEFT_TO_RIGHT_ISOLATE, "U_LEFT_TO_RIGHT_ISOLATE");
_Static_assert(ATICU_BIDI_RLI == U_RIGHT_TO_LEFT_ISOLATE, "U_RIGHT_TO_LEFT_ISOLATE");
_Static_assert(ATICU_BIDI_PDI == U_POP_DIRECTIONAL_ISOLATE, "U_POP_DIRECTIONAL_ISOLATE");
_Static_assert(ATICU_NON_SPACING_MARK == U_NON_SPACING_MARK, "U_NON_SPACING_MARK");
_Static_assert(ATICU_ENCLOSING_MARK == U_ENCLOSING_MARK, "U_ENCLOSING_MARK");
_Static_assert(ATICU_COMBINING_SPACING_MARK == U_COMBINING_SPACING_MARK, "U_COMBINING_SPACING_MARK");
_Static_assert(ATICU_GCB_OTHER == U_GCB_OTHER, "U_GCB_OTHER");
_Static_assert(ATICU_GCB_CONTROL == U_GCB_CONTROL, "U_GCB_CONTROL");
_Static_assert(ATICU_GCB_CR == U_GCB_CR, "U_GCB_CR");
_Static_assert(ATICU_GCB_EXTEND == U_GCB_EXTEND, "U_GCB_EXTEND");
_Static_assert(ATICU_GCB_L == U_GCB_L, "U_GCB_L");
_Static_assert(ATICU_GCB_LF == U_GCB_LF, "U_GCB_LF");
_Static_assert(ATICU_GCB_LV == U_GCB_LV, "U_GCB_LV");
_Static_assert(ATICU_GCB_LVT == U_GCB_LVT, "U_GCB_LVT");
_Static_assert(ATICU_GCB_T == U_GCB_T, "U_GCB_T");
_Static_assert(ATICU_GCB_V == U_GCB_V, "U_GCB_V");
_Static_assert(ATICU_GCB_SPACING_MARK == U_GCB_SPACING_MARK, "U_GCB_SPACING_MARK");
_Static_assert(ATICU_GCB_PREPEND == U_GCB_PREPEND, "U_GCB_PREPEND");
_Static_assert(ATICU_GCB_REGIONAL_INDICATOR == U_GCB_REGIONAL_INDICATOR, "U_GCB_REGIONAL_INDICATOR");
_Static_assert(ATICU_GCB_ZWJ == U_GCB_ZWJ, "U_GCB_ZWJ");
_Static_assert(ATICU_BPT_NONE == U_BPT_NONE, "U_BPT_NONE");
_Static_assert(ATICU_BPT_OPEN == U_BPT_OPEN, "U_BPT_OPEN");
_Static_assert(ATICU_BPT_CLOSE == U_BPT_CLOSE, "U_BPT_CLOSE");

static void copy_text(const char *text, char *buffer, int32_t capacity) {
  int32_t i = 0;
  for (; i + 1 < capacity && text[i] != 0; i++) buffer[i] = text[i];
  if (capacity > 0) buffer[i] = 0;
}

void aticu_version(char *buffer, int32_t capacity) {
  UVersionInfo info;
  u_getVersion(info);
  char text[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(info, text);
  copy_text(text, buffer, capacity);
}

void aticu_unicode_version(char *buffer, int32_t capacity) {
  UVersionInfo info;
  u_getUnicodeVersion(info);
  char text[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(info, text);
  copy_text(text, buffer, capacity);
}

const char *aticu_error_name(int32_t status) {
  return u_errorName((UErrorCode)status);
}

int32_t aticu_char_direction(uint32_t c) {
  return (int32_t)u_charDirection((UChar32)c);
}

int32_t aticu_char_type(uint32_t c) {
  return (int32_t)u_charType((UChar32)c);
}

uint32_t aticu_char_mirror(uint32_t c) {
  return (uint32_t)u_charMirror((UChar32)c);
}

uint32_t aticu_bidi_paired_bracket(uint32_t c) {
  return (uint32_t)u_getBidiPairedBracket((UChar32)c);
}

int32_t aticu_bidi_paired_bracket_type(uint32_t c) {
  return u_getIntPropertyValue((UChar32)c, UCHAR_BIDI_PAIRED_BRACKET_TYPE);
}

int32_t aticu_grapheme_cluster_break(uint32_t c) {
  return u_getIntPropertyValue((UChar32)c, UCHAR_GRAPHEME_CLUSTER_BREAK);
}

int32_t aticu_is_extended_pictographic(uint32_t c) {
  return u_hasBinaryProperty((UChar32)c, UCHAR_EXTENDED_PICTOGRAPHIC) ? 1 : 0;
}
