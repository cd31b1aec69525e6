#include <stdint.h>
#include <stdlib.h>

static uint32_t crc32(const char *s)
{
    uint32_t crc = 0xFFFFFFFF;
    for (; *s; s++) {
        crc ^= (unsigned char)*s;
        for (int i = 0; i < 8; i++)
            crc = (crc >> 1) ^ (0xEDB88320 & -(crc & 1));
    }
    return ~crc;
}

long *buckets(const char *const *keys, size_t n, long k, size_t *len)
{
    long *counts = calloc(k, sizeof *counts);
    for (size_t i = 0; i < n; i++)
        counts[crc32(keys[i]) % k]++;
    *len = k;
    return counts;
}
