#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static size_t distinct(char *s, char **words)
{
    size_t n = 0;
    for (char *p = s; *p; p++)
        *p = tolower((unsigned char)*p);
    for (char *w = strtok(s, " \t\n\v\f\r"); w; w = strtok(NULL, " \t\n\v\f\r")) {
        size_t i = 0;
        while (i < n && strcmp(words[i], w) != 0)
            i++;
        if (i == n)
            words[n++] = w;
    }
    return n;
}

double jaccard(const char *a, const char *b)
{
    char *sa = strdup(a), *sb = strdup(b);
    char **x = malloc((strlen(a) / 2 + 1) * sizeof *x), **y = malloc((strlen(b) / 2 + 1) * sizeof *y);
    size_t nx = distinct(sa, x), ny = distinct(sb, y), common = 0;
    for (size_t i = 0; i < nx; i++)
        for (size_t j = 0; j < ny; j++)
            common += strcmp(x[i], y[j]) == 0;
    double similarity = nx + ny ? (double)common / (nx + ny - common) : 1.0;
    free(sa);
    free(sb);
    free(x);
    free(y);
    return similarity;
}
