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
//
// Each function is one ICU call (or a copy out of ICU-owned memory); all
// policy lives in Swift. The constants below repeat ICU's values; the .c
// files check them against the ICU headers at compile time.

#include <stdint.h>

/// Writes the runtime ICU version ("72.1") into `buffer`, NUL-terminated.
void aticu_version(char *buffer, int32_t capacity);

/// Writes the Unicode version of ICU's character data ("15.0") into `buffer`.
void aticu_unicode_version(char *buffer, int32_t capacity);

/// The name of an ICU error code ("U_BUFFER_OVERFLOW_ERROR"); static storage. `u_errorName`.
const char *aticu_error_name(int32_t status);

// MARK: - Status codes used by the Swift layer

enum {
  ATICU_ZERO_ERROR = 0,
  ATICU_ILLEGAL_ARGUMENT_ERROR = 1,
  ATICU_MEMORY_ALLOCATION_ERROR = 7,
  ATICU_BUFFER_OVERFLOW_ERROR = 15,
};

// MARK: - Character properties

/// Bidi classes (UCharDirection values).
enum {
  ATICU_BIDI_L = 0,
  ATICU_BIDI_R = 1,
  ATICU_BIDI_EN = 2,
  ATICU_BIDI_ES = 3,
  ATICU_BIDI_ET = 4,
  ATICU_BIDI_AN = 5,
  ATICU_BIDI_CS = 6,
  ATICU_BIDI_B = 7,
  ATICU_BIDI_S = 8,
  ATICU_BIDI_WS = 9,
  ATICU_BIDI_ON = 10,
  ATICU_BIDI_LRE = 11,
  ATICU_BIDI_LRO = 12,
  ATICU_BIDI_AL = 13,
  ATICU_BIDI_RLE = 14,
  ATICU_BIDI_RLO = 15,
  ATICU_BIDI_PDF = 16,
  ATICU_BIDI_NSM = 17,
  ATICU_BIDI_BN = 18,
  ATICU_BIDI_FSI = 19,
  ATICU_BIDI_LRI = 20,
  ATICU_BIDI_RLI = 21,
  ATICU_BIDI_PDI = 22,
};

/// General categories of combining marks (UCharCategory): Mn, Me, Mc.
enum {
  ATICU_NON_SPACING_MARK = 6,
  ATICU_ENCLOSING_MARK = 7,
  ATICU_COMBINING_SPACING_MARK = 8,
};

/// Bidi_Paired_Bracket_Type values (UBidiPairedBracketType).
enum {
  ATICU_BPT_NONE = 0,
  ATICU_BPT_OPEN = 1,
  ATICU_BPT_CLOSE = 2,
};

/// Grapheme_Cluster_Break values (UGraphemeClusterBreak) that UAX #29 (Unicode 15.0) uses.
enum {
  ATICU_GCB_OTHER = 0,
  ATICU_GCB_CONTROL = 1,
  ATICU_GCB_CR = 2,
  ATICU_GCB_EXTEND = 3,
  ATICU_GCB_L = 4,
  ATICU_GCB_LF = 5,
  ATICU_GCB_LV = 6,
  ATICU_GCB_LVT = 7,
  ATICU_GCB_T = 8,
  ATICU_GCB_V = 9,
  ATICU_GCB_SPACING_MARK = 10,
  ATICU_GCB_PREPEND = 11,
  ATICU_GCB_REGIONAL_INDICATOR = 12,
  ATICU_GCB_ZWJ = 17,
};

/// The Bidi_Class of a code point. `u_charDirection`.
int32_t aticu_char_direction(uint32_t c);
/// The general category of a code point (UCharCategory). `u_charType`.
int32_t aticu_char_type(uint32_t c);
/// The Bidi_Mirroring_Glyph of a code point (itself when it has none). `u_charMirror`.
uint32_t aticu_char_mirror(uint32_t c);
/// The Grapheme_Cluster_Break of a code point. `u_getIntPropertyValue(c, UCHAR_GRAPHEME_CLUSTER_BREAK)`.
int32_t aticu_grapheme_cluster_break(uint32_t c);
/// 1 when a code point is Extended_Pictographic, else 0. `u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC)`.
int32_t aticu_is_extended_pictographic(uint32_t c);
/// The Bidi_Paired_Bracket of a code point (itself when it has none). `u_getBidiPairedBracket`.
uint32_t aticu_bidi_paired_bracket(uint32_t c);
/// The Bidi_Paired_Bracket_Type of a code point. `u_getIntPropertyValue(c, UCHAR_BIDI_PAIRED_BRACKET_TYPE)`.
int32_t aticu_bidi_paired_bracket_type(uint32_t c);

// MARK: - Bidi (ubidi)

/// Paragraph levels that ask for the first-strong-character rule (UAX #9 P2-P3).
enum {
  ATICU_BIDI_DEFAULT_LTR = 0xfe,
  ATICU_BIDI_DEFAULT_RTL = 0xff,
};

/// The flag of a preset embedding level that forces the character's direction; the deepest explicit level.
enum {
  ATICU_BIDI_LEVEL_OVERRIDE = 0x80,
  ATICU_BIDI_MAX_EXPLICIT_LEVEL = 125,
};

/// Options of ubidi_writeReordered.
enum {
  ATICU_BIDI_KEEP_BASE_COMBINING = 1,
  ATICU_BIDI_DO_MIRRORING = 2,
  ATICU_BIDI_INSERT_LRM_FOR_NUMERIC = 4,
  ATICU_BIDI_REMOVE_BIDI_CONTROLS = 8,
  ATICU_BIDI_OUTPUT_REVERSE = 16,
};

/// Directions returned by aticu_bidi_direction and aticu_bidi_visual_run (UBiDiDirection).
enum {
  ATICU_BIDI_LTR = 0,
  ATICU_BIDI_RTL = 1,
  ATICU_BIDI_MIXED = 2,
  ATICU_BIDI_NEUTRAL = 3,
};

/// Opens a bidi object with no preallocated memory. `ubidi_open`.
void *aticu_bidi_open(void);
/// Closes a bidi object. `ubidi_close`.
void aticu_bidi_close(void *bidi);
/// Runs the UBA over one text; `text` must stay valid while `bidi` is used. `ubidi_setPara`.
void aticu_bidi_set_para(void *bidi, const uint16_t *text, int32_t length, uint8_t level, int32_t *status);
/// Like aticu_bidi_set_para, with one preset level per code unit (`levels` must outlive the use
/// of `bidi`, and ICU may modify it). `ubidi_setPara` with `embeddingLevels`.
void aticu_bidi_set_para_with_levels(
  void *bidi, const uint16_t *text, int32_t length, uint8_t level, uint8_t *levels, int32_t *status);
/// Makes `line` a line object for [start, limit) of the paragraph in `para`. `ubidi_setLine`.
void aticu_bidi_set_line(void *para, int32_t start, int32_t limit, void *line, int32_t *status);
/// The paragraph level of the (first) paragraph. `ubidi_getParaLevel`.
uint8_t aticu_bidi_para_level(void *bidi);
/// LTR, RTL or MIXED for the whole text or line. `ubidi_getDirection`.
int32_t aticu_bidi_direction(void *bidi);
/// The length of the text or line in UTF-16 code units. `ubidi_getLength`.
int32_t aticu_bidi_length(void *bidi);
/// Copies one level per UTF-16 code unit into `levels` (capacity >= length). `ubidi_getLevels`.
void aticu_bidi_levels(void *bidi, uint8_t *levels, int32_t *status);
/// The number of visual runs. `ubidi_countRuns`.
int32_t aticu_bidi_count_runs(void *bidi, int32_t *status);
/// The logical start and length of visual run `index`; returns its direction. `ubidi_getVisualRun`.
int32_t aticu_bidi_visual_run(void *bidi, int32_t index, int32_t *start, int32_t *length);
/// Fills `map` (capacity >= length) with the logical index of each visual position. `ubidi_getVisualMap`.
void aticu_bidi_visual_map(void *bidi, int32_t *map, int32_t *status);
/// Writes the text or line in visual order; returns the length needed. `ubidi_writeReordered`.
int32_t aticu_bidi_write_reordered(void *bidi, uint16_t *dest, int32_t capacity, uint16_t options, int32_t *status);

// MARK: - Arabic shaping (u_shapeArabic)
//
// ArabicShaper shapes from the Unicode joining data itself; the tests compare it with ICU's
// shaper through this function. ubidi_writeReordered above is likewise the tests' reference for
// the reorderer's own writing of visual runs.

/// Options of u_shapeArabic (a subset).
enum {
  ATICU_SHAPE_LENGTH_GROW_SHRINK = 0,
  ATICU_SHAPE_TEXT_DIRECTION_LOGICAL = 0,
  ATICU_SHAPE_TEXT_DIRECTION_VISUAL_LTR = 4,
  ATICU_SHAPE_LETTERS_SHAPE = 8,
  ATICU_SHAPE_LETTERS_UNSHAPE = 0x10,
  ATICU_SHAPE_PRESERVE_PRESENTATION = 0x8000,
};

/// Shapes (or unshapes) Arabic letters; returns the length needed. `u_shapeArabic`.
int32_t aticu_shape_arabic(
  const uint16_t *source, int32_t length, uint16_t *dest, int32_t capacity, uint32_t options, int32_t *status);

// MARK: - Collation (ucol)

/// Collation attributes (UColAttribute) and values (UColAttributeValue) used.
enum {
  ATICU_COL_FRENCH_COLLATION = 0,
  ATICU_COL_ALTERNATE_HANDLING = 1,
  ATICU_COL_CASE_FIRST = 2,
  ATICU_COL_CASE_LEVEL = 3,
  ATICU_COL_NORMALIZATION_MODE = 4,
  ATICU_COL_STRENGTH = 5,
  ATICU_COL_NUMERIC_COLLATION = 7,

  ATICU_COL_DEFAULT = -1,
  ATICU_COL_PRIMARY = 0,
  ATICU_COL_SECONDARY = 1,
  ATICU_COL_TERTIARY = 2,
  ATICU_COL_QUATERNARY = 3,
  ATICU_COL_IDENTICAL = 15,
  ATICU_COL_OFF = 16,
  ATICU_COL_ON = 17,
};

/// Opens a collator for a locale ID ("ar", "fa", "ur", "" for the root). `ucol_open`.
void *aticu_coll_open(const char *locale, int32_t *status);
/// Closes a collator. `ucol_close`.
void aticu_coll_close(void *collator);
/// Sets one attribute. `ucol_setAttribute`.
void aticu_coll_set_attribute(void *collator, int32_t attribute, int32_t value, int32_t *status);
/// The locale whose rules were used, NUL-terminated into `buffer`. `ucol_getLocaleByType` (ULOC_ACTUAL_LOCALE).
void aticu_coll_actual_locale(const void *collator, char *buffer, int32_t capacity, int32_t *status);
/// Compares two UTF-8 strings: -1, 0 or 1. `ucol_strcollUTF8`.
int32_t aticu_coll_compare_utf8(
  const void *collator, const char *a, int32_t aLength, const char *b, int32_t bLength, int32_t *status);
/// Compares two UTF-16 strings: -1, 0 or 1. `ucol_strcoll`.
int32_t aticu_coll_compare(
  const void *collator, const uint16_t *a, int32_t aLength, const uint16_t *b, int32_t bLength);
/// Writes the sort key (ending with a 0 byte); returns its length, which may exceed `capacity`. `ucol_getSortKey`.
int32_t aticu_coll_sort_key(
  const void *collator, const uint16_t *text, int32_t length, uint8_t *key, int32_t capacity);

#endif
