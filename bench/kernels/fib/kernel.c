// The n-th Fibonacci number by the doubly recursive definition: a benchmark of calls.
static long long fib(long long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

long long kernel(int n) { return fib(n); }
