#include "cicu_shim.h"
#include <unicode/ushape.h>

_Static_assert(ATICU_SHAPE_LENGTH_GROW_SHRINK == U_SHAPE_LENGTH_GROW_SHRINK, "U_SHAPE_LENGTH_GROW_SHRINK");
_Static_assert(ATICU_SHAPE_TEXT_DIRECTION_LOGICAL == U_SHAPE_TEXT_DIRECTION_LOGICAL, "U_SHAPE_TEXT_DIRECTION_LOGICAL");
_Static_assert(ATICU_SHAPE_TEXT_DIRECTION_VISUAL_LTR == U_SHAPE_TEXT_DIRECTION_VISUAL_LTR, "U_SHAPE_TEXT_DIRECTION_VISUAL_LTR");
_Static_assert(ATICU_SHAPE_LETTERS_SHAPE == U_SHAPE_LETTERS_SHAPE, "U_SHAPE_LETTERS_SHAPE");
_Static_assert(ATICU_SHAPE_LETTERS_UNSHAPE == U_SHAPE_LETTERS_UNSHAPE, "U_SHAPE_LETTERS_UNSHAPE");
_Static_assert(ATICU_SHAPE_PRESERVE_PRESENTATION == U_SHAPE_PRESERVE_PRESENTATION, "U_SHAPE_PRESERVE_PRESENTATION");

int32_t aticu_shape_arabic(
  const uint16_t *source, int32_t length, uint16_t *dest, int32_t capacity, uint32_t options, int32_t *status) {
  return u_shapeArabic((const UChar *)source, length, (UChar *)dest, capacity, options, (UErrorCode *)status);
}
