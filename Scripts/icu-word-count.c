/*
 * icu-word-count: counts the words of UTF-8 files with ICU's word break
 * iterator (ubrk_open(UBRK_WORD, "ar", ...)), as a reference for
 * Scripts/compare-word-counts.sh.
 *
 * A word is a segment whose rule status is not UBRK_WORD_NONE (spaces,
 * punctuation, symbols and emoji): numbers, letters, kana and ideographs.
 *
 * Usage: icu-word-count FILE ...       prints "<count>\t<file>" per file
 *        icu-word-count -w FILE        prints each word on its own line
 * Build: cc -O2 -o icu-word-count Scripts/icu-word-count.c $(pkg-config --cflags --libs icu-uc)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

static char *read_file(const char *path, long *length) {
  FILE *file = fopen(path, "rb");
  if (!file) return NULL;
  fseek(file, 0, SEEK_END);
  *length = ftell(file);
  fseek(file, 0, SEEK_SET);
  char *bytes = malloc(*length + 1);
  if (fread(bytes, 1, *length, file) != (size_t)*length) { fclose(file); free(bytes); return NULL; }
  fclose(file);
  return bytes;
}

int main(int argc, char **argv) {
  int print_words = argc > 1 && strcmp(argv[1], "-w") == 0;
  for (int a = print_words ? 2 : 1; a < argc; a++) {
    long length = 0;
    char *bytes = read_file(argv[a], &length);
    if (!bytes) { perror(argv[a]); return 66; }
    UErrorCode status = U_ZERO_ERROR;
    int32_t units = 0;
    u_strFromUTF8(NULL, 0, &units, bytes, (int32_t)length, &status);
    status = U_ZERO_ERROR;
    UChar *text = malloc(sizeof(UChar) * (units + 1));
    u_strFromUTF8(text, units + 1, NULL, bytes, (int32_t)length, &status);
    UBreakIterator *words = ubrk_open(UBRK_WORD, "ar", text, units, &status);
    if (U_FAILURE(status)) { fprintf(stderr, "%s: %s\n", argv[a], u_errorName(status)); return 70; }
    long count = 0;
    int32_t start = ubrk_first(words);
    for (int32_t end = ubrk_next(words); end != UBRK_DONE; start = end, end = ubrk_next(words)) {
      if (ubrk_getRuleStatus(words) < UBRK_WORD_NONE_LIMIT) continue;
      count++;
      if (print_words) {
        char word[4096];
        int32_t written = 0;
        UErrorCode s = U_ZERO_ERROR;
        u_strToUTF8(word, sizeof word - 1, &written, text + start, end - start, &s);
        if (U_SUCCESS(s)) { word[written] = 0; puts(word); }
      }
    }
    if (!print_words) printf("%ld\t%s\n", count, argv[a]);
    ubrk_close(words);
    free(text);
    free(bytes);
  }
  return 0;
}
