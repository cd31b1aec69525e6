#include <stdlib.h>
#include <string.h>

int mazesteps(const char *const *grid, size_t rows)
{
    if (rows == 0 || grid[0][0] != '.')
        return -1;
    static const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
    size_t cols = strlen(grid[0]), head = 0, tail = 0;
    int *steps = malloc(rows * cols * sizeof *steps);
    size_t *queue = malloc(rows * cols * sizeof *queue);
    for (size_t i = 0; i < rows * cols; i++)
        steps[i] = -1;
    steps[0] = 0;
    queue[tail++] = 0;
    while (head < tail) {
        size_t cell = queue[head++], r = cell / cols, c = cell % cols;
        for (int k = 0; k < 4; k++) {
            size_t i = r + dr[k], j = c + dc[k]; /* -1 wraps to SIZE_MAX, caught below */
            if (i < rows && j < cols && grid[i][j] == '.' && steps[i * cols + j] < 0) {
                steps[i * cols + j] = steps[cell] + 1;
                queue[tail++] = i * cols + j;
            }
        }
    }
    int result = steps[rows * cols - 1];
    free(steps);
    free(queue);
    return result;
}
