// The compiler's assets in a browser: the registry index, the parser's lookahead and every template,
// fetched once from the files `npm run playground` writes beside the page (scripts/playground.ts).
import { useAssets, type LookaheadTable, type RegistryIndex } from "../compiler/assets.js";

/** templates.bin: a little-endian u32 header length, the header (JSON: name → [offset, length] into the
 *  bytes that follow), then the templates' bytes. */
export function unpackTemplates(pack: Uint8Array): Map<string, Uint8Array> {
  const headerLength = new DataView(pack.buffer, pack.byteOffset).getUint32(0, true);
  const header: Record<string, [number, number]> = JSON.parse(new TextDecoder().decode(pack.subarray(4, 4 + headerLength)));
  const body = pack.subarray(4 + headerLength);
  return new Map(Object.entries(header).map(([name, [at, length]]) => [name, body.subarray(at, at + length)]));
}

export async function useWebAssets(base: URL): Promise<void> {
  const get = async (file: string) => {
    const r = await fetch(new URL(file, base));
    if (!r.ok) throw new Error(`cannot load ${file}: ${r.status}`);
    return r;
  };
  const [index, lookahead, pack] = await Promise.all([
    get("registry.json").then((r) => r.json() as Promise<RegistryIndex>),
    get("lookahead.json").then((r) => r.json() as Promise<LookaheadTable>),
    get("templates.bin").then(async (r) => new Uint8Array(await r.arrayBuffer())),
  ]);
  const templates = unpackTemplates(pack);
  useAssets({
    registryIndex: async () => index,
    template(name) {
      const t = templates.get(name);
      if (!t) throw new Error(`no template named ${name}`);
      return t;
    },
    templateSizes: () => Object.fromEntries([...templates].map(([name, t]) => [name, t.length])),
    lookahead: () => lookahead,
  });
}
