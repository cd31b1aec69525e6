export function addminutes(t: string, m: number): string {
  const [h, mm] = t.split(":").map(Number);
  const total = (((h * 60 + mm + m) % 1440) + 1440) % 1440;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}
