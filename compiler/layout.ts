// The memory layout that lowering and linking agree on: where the program's own data goes.

const ALIGN = 8;
export const align = (n: number) => (n + ALIGN - 1) & ~(ALIGN - 1);

/** Places data objects one after another from address 16, 8-byte aligned. Addresses 0..15 stay
 *  zero, so a zero pointer reads as an empty string or array. */
export class DataLayout {
  end = 16;
  /** The address of the next object of `length` bytes. */
  place(length: number): number {
    const at = this.end;
    this.end = align(at + length);
    return at;
  }
}

/** Where the program's own data (string literals) goes. */
export function layoutData(data: Uint8Array[]): { offsets: number[]; end: number } {
  const layout = new DataLayout();
  const offsets = data.map((d) => layout.place(d.length));
  return { offsets, end: layout.end };
}
