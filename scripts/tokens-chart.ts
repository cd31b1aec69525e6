// The SVG for docs/tokens.svg: for each representation, every feature's token count as a dot on a
// log scale, with the median marked; readable without the text (colour and position carry it).

export interface Series { label: string; values: number[]; color: string }

const W = 860, ROW = 46, LEFT = 150, RIGHT = 30, TOP = 40;

export function stripChart(title: string, series: Series[]): string {
  const all = series.flatMap((s) => s.values).filter((v) => v > 0);
  const lo = Math.pow(10, Math.floor(Math.log10(Math.max(1, Math.min(...all)))));
  const top = Math.max(...all);
  const decade = Math.pow(10, Math.floor(Math.log10(top)));
  const hi = [1, 2, 5, 10].map((m) => m * decade).find((v) => v >= top)!;
  const x = (v: number) => LEFT + ((Math.log10(Math.max(v, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * (W - LEFT - RIGHT);
  const H = TOP + series.length * ROW + 50;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Helvetica, Arial, sans-serif" font-size="13">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${W / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${esc(title)}</text>`,
  ];
  // grid: 1, 2, 5 per decade
  for (let d = lo; d <= hi; d *= 10) {
    for (const m of [1, 2, 5]) {
      const v = d * m;
      if (v > hi) break;
      const gx = x(v).toFixed(1);
      parts.push(`<line x1="${gx}" y1="${TOP - 6}" x2="${gx}" y2="${TOP + series.length * ROW}" stroke="${m === 1 ? "#bbb" : "#e6e6e6"}"/>`);
      if (m === 1 || series.length < 12) parts.push(`<text x="${gx}" y="${TOP + series.length * ROW + 18}" text-anchor="middle" fill="#444">${v}</text>`);
    }
  }
  parts.push(`<text x="${(LEFT + W - RIGHT) / 2}" y="${H - 10}" text-anchor="middle" fill="#444">tokens per feature (log scale)</text>`);
  series.forEach((s, i) => {
    const cy = TOP + i * ROW + ROW / 2;
    parts.push(`<text x="${LEFT - 12}" y="${cy + 4}" text-anchor="end" font-weight="bold" fill="${s.color}">${esc(s.label)}</text>`);
    const sorted = [...s.values].sort((a, b) => a - b);
    sorted.forEach((v, k) => {
      const jitter = ((k * 37) % 11) - 5; // a deterministic spread so equal values stay visible
      parts.push(`<circle cx="${x(v).toFixed(1)}" cy="${(cy + jitter * 1.6).toFixed(1)}" r="3.2" fill="${s.color}" fill-opacity="0.55"/>`);
    });
    if (sorted.length) {
      const med = median(sorted);
      parts.push(`<line x1="${x(med).toFixed(1)}" y1="${cy - 15}" x2="${x(med).toFixed(1)}" y2="${cy + 15}" stroke="black" stroke-width="3"/>`);
    }
  });
  parts.push(`<text x="${W - RIGHT}" y="${TOP - 10}" text-anchor="end" fill="#444">dots: features · bar: median</text>`, "</svg>");
  return parts.join("\n") + "\n";
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n ? (n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2) : NaN;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
