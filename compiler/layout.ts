// The memory layout that lowering and linking agree on: where the program's own data goes.

const ALIGN = 8;
export const align = (n: number) => (n + ALIGN - 1) & ~(ALIGN - 1);

/** Where the program's own data (string literals) goes: from address 16 up, 8-byte aligned.
 *  Addresses 0..15 stay zero, so a zero pointer reads as an empty string or array. */
export function layoutData(data: Uint8Array[]): { offsets: number[]; end: number } {
  let cursor = 16;
  const offsets = data.map((d) => {
    const at = cursor;
    cursor = align(cursor + d.length);
    return at;
  });
  return { offsets, end: cursor };
}
