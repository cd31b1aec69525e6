// The numbers 0 … n-1 in decimal, joined by commas into one growing buffer; its length in bytes *
// 256 + the code of its middle character.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

long long kernel(int n) {
  size_t cap = 16, len = 0;
  char *s = malloc(cap);
  for (int i = 0; i < n; i++) {
    if (len + 24 > cap) s = realloc(s, cap *= 2);
    if (i > 0) s[len++] = ',';
    len += sprintf(s + len, "%d", i);
  }
  long long result = (long long)len * 256 + (unsigned char)s[len / 2];
  free(s);
  return result;
}
