// How many points of an n×n grid over [-1.5, 0.5] × [-1, 1] stay within radius 2 for 50 steps of
// z = z² + c: the Mandelbrot set, in floats.
export function kernel(n) {
  let count = 0;
  for (let py = 0; py < n; py++) {
    const ci = (2 * py) / n - 1;
    for (let px = 0; px < n; px++) {
      const cr = (2 * px) / n - 1.5;
      let zr = 0, zi = 0, inside = true;
      for (let k = 0; k < 50; k++) {
        const t = zr * zr - zi * zi + cr;
        zi = 2 * zr * zi + ci;
        zr = t;
        if (zr * zr + zi * zi > 4) {
          inside = false;
          break;
        }
      }
      if (inside) count++;
    }
  }
  return count;
}
