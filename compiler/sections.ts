// Custom sections of a WebAssembly binary: adding and dropping one, and the call-site table Ideo
// adds (binaryen.ts writes it, host/instance.ts reads it). Numbers are unsigned LEB128, as in wasm.

/** Where each call of a program function sits: a stack overflow is reported at the innermost such
 *  call on the engine's stack. [code offset, packed position] pairs, ascending by offset. */
export const CALL_SITES_SECTION = "ideo.calls";

function writeLeb(out: number[], v: number): void {
  do { let byte = v % 128; v = Math.floor(v / 128); if (v) byte |= 0x80; out.push(byte); } while (v);
}

/** The number at `at.pos`, moving `at.pos` past it. */
function readLeb(bytes: Uint8Array, at: { pos: number }): number {
  let v = 0, mul = 1, byte;
  do { byte = bytes[at.pos++]; v += (byte & 0x7f) * mul; mul *= 128; } while (byte & 0x80);
  return v;
}

export function encodeCallSites(sites: [number, number][]): Uint8Array {
  const out: number[] = [];
  writeLeb(out, sites.length);
  let prev = 0;
  for (const [offset, loc] of sites) { writeLeb(out, offset - prev); writeLeb(out, loc); prev = offset; }
  return Uint8Array.from(out);
}

/** Code offset → packed position. */
export function decodeCallSites(bytes: Uint8Array): Map<number, number> {
  const at = { pos: 0 };
  const out = new Map<number, number>();
  let offset = 0;
  for (let n = readLeb(bytes, at); n > 0; n--) { offset += readLeb(bytes, at); out.set(offset, readLeb(bytes, at)); }
  return out;
}

export function addCustomSection(wasm: Uint8Array, name: string, payload: Uint8Array): Uint8Array {
  const nameBytes = new TextEncoder().encode(name);
  const body: number[] = [];
  writeLeb(body, nameBytes.length);
  const head: number[] = [0];
  writeLeb(head, body.length + nameBytes.length + payload.length);
  const out = new Uint8Array(wasm.length + head.length + body.length + nameBytes.length + payload.length);
  let p = 0;
  for (const part of [wasm, head, body, nameBytes, payload]) { out.set(part, p); p += part.length; }
  return out;
}

export function removeCustomSection(wasm: Uint8Array, name: string): Uint8Array {
  const keep: Uint8Array[] = [wasm.subarray(0, 8)]; // magic and version
  const at = { pos: 8 };
  while (at.pos < wasm.length) {
    const start = at.pos;
    const id = wasm[at.pos++];
    const size = readLeb(wasm, at);
    const end = at.pos + size;
    const n = id === 0 ? readLeb(wasm, at) : -1;
    if (!(n >= 0 && new TextDecoder().decode(wasm.subarray(at.pos, at.pos + n)) === name)) keep.push(wasm.subarray(start, end));
    at.pos = end;
  }
  const out = new Uint8Array(keep.reduce((total, k) => total + k.length, 0));
  let p = 0;
  for (const k of keep) { out.set(k, p); p += k.length; }
  return out;
}
