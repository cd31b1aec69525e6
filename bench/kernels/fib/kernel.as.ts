// The n-th Fibonacci number by the doubly recursive definition: a benchmark of calls.
function fib(n: i64): i64 {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

export function kernel(n: i32): i64 {
  return fib(n);
}
