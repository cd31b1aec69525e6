// How many points of an n×n grid over [-1.5, 0.5] × [-1, 1] stay within radius 2 for 50 steps of
// z = z² + c: the Mandelbrot set, in floats.
long long kernel(int n) {
  long long count = 0;
  for (int py = 0; py < n; py++) {
    double ci = 2.0 * py / n - 1.0;
    for (int px = 0; px < n; px++) {
      double cr = 2.0 * px / n - 1.5, zr = 0, zi = 0;
      int inside = 1;
      for (int k = 0; k < 50; k++) {
        double t = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        if (zr * zr + zi * zi > 4.0) {
          inside = 0;
          break;
        }
      }
      count += inside;
    }
  }
  return count;
}
