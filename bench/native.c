// Runs one kernel as a native program: once to warm up (page faults, caches), then once timed with
// clock_gettime, so neither process start nor reading the input is counted.
//   native N            kernel(int n)
//   native FILE         kernel(bytes, len), built with -DTEXT
//   native FILE FILE    kernel(a, alen, b, blen), built with -DTEXTS
// Prints "RESULT NANOSECONDS".
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#if defined(TEXTS)
long long kernel(const unsigned char *a, int alen, const unsigned char *b, int blen);
#elif defined(TEXT)
long long kernel(const unsigned char *s, int len);
#else
long long kernel(int n);
#endif

static unsigned char *slurp(const char *path, int *len) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    perror(path);
    exit(1);
  }
  fseek(f, 0, SEEK_END);
  *len = (int)ftell(f);
  rewind(f);
  unsigned char *buf = malloc(*len + 1);
  if (fread(buf, 1, *len, f) != (size_t)*len) {
    perror(path);
    exit(1);
  }
  fclose(f);
  return buf;
}

int main(int argc, char **argv) {
#if defined(TEXTS)
  if (argc != 3) return 2;
  int alen, blen;
  unsigned char *a = slurp(argv[1], &alen), *b = slurp(argv[2], &blen);
#define CALL() kernel(a, alen, b, blen)
#elif defined(TEXT)
  if (argc != 2) return 2;
  int len;
  unsigned char *s = slurp(argv[1], &len);
#define CALL() kernel(s, len)
#else
  if (argc != 2) return 2;
  int n = atoi(argv[1]);
#define CALL() kernel(n)
#endif
  volatile long long warm = CALL();
  (void)warm;
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  long long result = CALL();
  clock_gettime(CLOCK_MONOTONIC, &t1);
  printf("%lld %lld\n", result, (long long)(t1.tv_sec - t0.tv_sec) * 1000000000LL + (t1.tv_nsec - t0.tv_nsec));
  return 0;
}
