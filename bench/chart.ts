// The SVG for docs/performance.svg: one row per kernel (the last row their geometric mean), a mark
// per comparison at Ideo's time divided by the other's, on a log scale around a line at 1 (as
// fast). Colour names the other language; a filled circle is Ideo written with loops, a hollow
// diamond Ideo with blocks.

export interface Series { label: string; color: string; hollow: boolean }
export interface Row { label: string; values: (number | undefined)[] }

const W = 860, ROW = 26, LEFT = 150, RIGHT = 30, TOP = 78;

export function ratioChart(title: string, series: Series[], rows: Row[]): string {
  const all = rows.flatMap((r) => r.values).filter((v): v is number => v !== undefined && Number.isFinite(v) && v > 0);
  // the axis runs between steps of 1, 2, 5 (0.001 to 1000) around every value, 0.5 and 2 at least;
  // a value beyond 0.001 or 1000 sits at the edge
  const steps = Array.from({ length: 19 }, (_, i) => [1, 2, 5][i % 3] * 10 ** (Math.floor(i / 3) - 3));
  const lo = [...steps].reverse().find((v) => v <= Math.min(0.5, ...all) / 1.1) ?? steps[0];
  const hi = steps.find((v) => v >= Math.max(2, ...all) * 1.1) ?? steps[steps.length - 1];
  const x = (v: number) => LEFT + (Math.log10(Math.min(hi, Math.max(lo, v)) / lo) / Math.log10(hi / lo)) * (W - LEFT - RIGHT);
  const bottom = TOP + rows.length * ROW;
  const H = bottom + 50;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Helvetica, Arial, sans-serif" font-size="13">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${W / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${esc(title)}</text>`,
  ];
  // legend
  series.forEach((s, i) => {
    const lx = LEFT + (i % 3) * 220, ly = 44 + Math.floor(i / 3) * 18;
    out.push(mark(lx, ly - 4, s), `<text x="${lx + 10}" y="${ly}" fill="#333">${esc(s.label)}</text>`);
  });
  // grid: 1, 2, 5 per decade, the line at 1 darker
  for (const v of steps.filter((v) => v >= lo && v <= hi)) {
    const gx = x(v).toFixed(1), major = v.toExponential().startsWith("1");
    out.push(`<line x1="${gx}" y1="${TOP - 6}" x2="${gx}" y2="${bottom}" stroke="${v === 1 ? "#333" : major ? "#bbb" : "#e6e6e6"}" stroke-width="${v === 1 ? 1.5 : 1}"/>`);
    out.push(`<text x="${gx}" y="${bottom + 16}" text-anchor="middle" fill="#444">${+v.toPrecision(1)}</text>`);
  }
  out.push(`<text x="${(LEFT + W - RIGHT) / 2}" y="${H - 10}" text-anchor="middle" fill="#444">Ideo's time ÷ the other's, log scale: right of 1, Ideo is slower</text>`);
  rows.forEach((r, i) => {
    const cy = TOP + i * ROW + ROW / 2, last = i === rows.length - 1;
    if (i % 2 === 0) out.push(`<rect x="${LEFT}" y="${cy - ROW / 2}" width="${W - LEFT - RIGHT}" height="${ROW}" fill="#f6f6f6" fill-opacity="0.6"/>`);
    if (last) out.push(`<line x1="${LEFT}" y1="${cy - ROW / 2}" x2="${W - RIGHT}" y2="${cy - ROW / 2}" stroke="#888"/>`);
    out.push(`<text x="${LEFT - 10}" y="${cy + 4}" text-anchor="end" fill="#222"${last ? ' font-weight="bold"' : ""}>${esc(r.label)}</text>`);
    // loops a little above the row's middle, blocks a little below, so the two never hide each other
    r.values.forEach((v, s) => {
      if (v !== undefined && Number.isFinite(v) && v > 0) out.push(mark(x(v), cy + (series[s].hollow ? 4 : -4), series[s]));
    });
  });
  out.push("</svg>");
  return out.join("\n") + "\n";
}

function mark(cx: number, cy: number, s: Series): string {
  if (!s.hollow) return `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="4.5" fill="${s.color}" fill-opacity="0.85"/>`;
  const r = 5.5;
  const pts = [[cx, cy - r], [cx + r, cy], [cx, cy + r], [cx - r, cy]].map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join(" ");
  return `<polygon points="${pts}" fill="white" stroke="${s.color}" stroke-width="2"/>`;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
