// The CRC-32 (IEEE 802.3, as zlib computes it) of a text's UTF-8 bytes, by a 256-entry table.
#include <stdint.h>

long long kernel(const unsigned char *s, int len) {
  uint32_t table[256];
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
    table[i] = c;
  }
  uint32_t crc = 0xffffffffu;
  for (int i = 0; i < len; i++) crc = table[(crc ^ s[i]) & 0xff] ^ (crc >> 8);
  return crc ^ 0xffffffffu;
}
