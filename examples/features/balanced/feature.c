#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

bool balanced(const char *s)
{
    char *stack = malloc(strlen(s) + 1);
    size_t depth = 0;
    bool ok = true;
    for (; *s && ok; s++) {
        if (strchr("([{", *s))
            stack[depth++] = *s;
        else if (*s == ')' || *s == ']' || *s == '}')
            ok = depth > 0 && stack[--depth] == (*s == ')' ? '(' : *s == ']' ? '[' : '{');
    }
    free(stack);
    return ok && depth == 0;
}
