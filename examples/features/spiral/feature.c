#include <stddef.h>

void spiral(const long *m, size_t rows, size_t cols, long *out)
{
    size_t top = 0, bottom = rows, left = 0, right = cols, k = 0;
    while (top < bottom && left < right) {
        for (size_t j = left; j < right; j++)
            out[k++] = m[top * cols + j];
        top++;
        for (size_t i = top; i < bottom; i++)
            out[k++] = m[i * cols + right - 1];
        right--;
        if (top < bottom) {
            for (size_t j = right; j-- > left;)
                out[k++] = m[(bottom - 1) * cols + j];
            bottom--;
        }
        if (left < right) {
            for (size_t i = bottom; i-- > top;)
                out[k++] = m[i * cols + left];
            left++;
        }
    }
}
