export function fizzbuzz(n: number): string[] {
  return Array.from({ length: n }, (_, i) =>
    (i + 1) % 15 === 0 ? "FizzBuzz" : (i + 1) % 3 === 0 ? "Fizz" : (i + 1) % 5 === 0 ? "Buzz" : String(i + 1));
}
