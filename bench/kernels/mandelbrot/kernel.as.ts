// How many points of an n×n grid over [-1.5, 0.5] × [-1, 1] stay within radius 2 for 50 steps of
// z = z² + c: the Mandelbrot set, in floats.
export function kernel(n: i32): i64 {
  let count: i64 = 0;
  for (let py = 0; py < n; py++) {
    const ci = 2.0 * py / n - 1.0;
    for (let px = 0; px < n; px++) {
      const cr = 2.0 * px / n - 1.5;
      let zr = 0.0, zi = 0.0, inside = true;
      for (let k = 0; k < 50; k++) {
        const t = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        if (zr * zr + zi * zi > 4.0) {
          inside = false;
          break;
        }
      }
      if (inside) count++;
    }
  }
  return count;
}
