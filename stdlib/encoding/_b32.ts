// RFC 4648 base32 for the oracles (no default export: not a block).
const ABC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function b32(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 5) {
    const n = Math.min(5, bytes.length - i);
    let v = 0n;
    for (let k = 0; k < 5; k++) v = v * 256n + BigInt(k < n ? bytes[i + k] : 0);
    const shown = [0, 2, 4, 5, 7, 8][n];
    for (let k = 0; k < 8; k++) out += k < shown ? ABC[Number((v >> BigInt(35 - 5 * k)) & 31n)] : "=";
  }
  return out;
}

/** The bytes of canonical base32 text (what b32 writes), or undefined for anything else. */
export function unb32(s: string): Uint8Array | undefined {
  if (!/^(?:[A-Z2-7]{8})*(?:[A-Z2-7]{2}={6}|[A-Z2-7]{4}={4}|[A-Z2-7]{5}={3}|[A-Z2-7]{7}=)?$/.test(s)) return undefined;
  const out: number[] = [];
  for (let i = 0; i < s.length; i += 8) {
    const g = s.slice(i, i + 8).replace(/=+$/, "");
    let v = 0n;
    for (let k = 0; k < 8; k++) v = v * 32n + BigInt(k < g.length ? ABC.indexOf(g[k]) : 0);
    const n = [0, 0, 1, 0, 2, 3, 0, 4, 5][g.length];
    for (let k = 0; k < 5; k++) if (k < n) out.push(Number((v >> BigInt(32 - 8 * k)) & 255n));
    const bytes = Uint8Array.from(out.slice(out.length - n));
    // nonzero bits past the last byte are not canonical
    if (b32(bytes) !== s.slice(i, i + 8)) return undefined;
  }
  return Uint8Array.from(out);
}
