// The CRC-32 (IEEE 802.3, as zlib computes it) of a text's UTF-8 bytes, by a 256-entry table.
export function kernel(text: string): i64 {
  const table = new StaticArray<u32>(256);
  for (let i: u32 = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >> 1) : c >> 1;
    table[i] = c;
  }
  const bytes = Uint8Array.wrap(String.UTF8.encode(text));
  let crc: u32 = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 0xff] ^ (crc >> 8);
  return crc ^ 0xffffffff;
}
