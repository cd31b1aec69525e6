// Word frequencies of a text: words are runs of letters between spaces and newlines, counted in an
// open-addressing hash table keyed by FNV-1a; the sum of the squared counts.
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct entry { const unsigned char *word; int len; long long count; };

static uint32_t fnv1a(const unsigned char *s, int len) {
  uint32_t h = 2166136261u;
  for (int i = 0; i < len; i++) h = (h ^ s[i]) * 16777619u;
  return h;
}

long long kernel(const unsigned char *text, int len) {
  size_t cap = 1024, used = 0;
  struct entry *table = calloc(cap, sizeof *table);
  for (int i = 0; i < len;) {
    while (i < len && (text[i] == ' ' || text[i] == '\n')) i++;
    int start = i;
    while (i < len && text[i] != ' ' && text[i] != '\n') i++;
    if (i == start) break;
    const unsigned char *w = text + start;
    int wl = i - start;
    size_t k = fnv1a(w, wl) & (cap - 1);
    while (table[k].word && (table[k].len != wl || memcmp(table[k].word, w, wl) != 0)) k = (k + 1) & (cap - 1);
    if (table[k].word) {
      table[k].count++;
      continue;
    }
    table[k] = (struct entry){w, wl, 1};
    if (++used * 2 > cap) { // grow to keep the table at most half full
      struct entry *old = table;
      table = calloc(cap * 2, sizeof *table);
      for (size_t j = 0; j < cap; j++) {
        if (!old[j].word) continue;
        size_t m = fnv1a(old[j].word, old[j].len) & (cap * 2 - 1);
        while (table[m].word) m = (m + 1) & (cap * 2 - 1);
        table[m] = old[j];
      }
      cap *= 2;
      free(old);
    }
  }
  long long total = 0;
  for (size_t j = 0; j < cap; j++) total += table[j].count * table[j].count;
  free(table);
  return total;
}
