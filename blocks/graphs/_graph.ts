// Shared by the graph blocks' oracles and generators (no default export: not a block).
// Vertices are 0..n-1; an edge is (u, v) or (u, v, w) with ints as bigints.
import { Fault } from "../block.js";

/** The vertex count as a number; faults "argument" when negative. */
export function count(n: bigint): number {
  if (n < 0n) throw new Fault("argument");
  return Number(n);
}

/** A vertex as a number; faults "index" outside 0..n-1. */
export function vertex(n: number, v: bigint): number {
  if (v < 0n || v >= BigInt(n)) throw new Fault("index");
  return Number(v);
}

/** Checks every endpoint (faults "index"), returning the edges with numeric endpoints. */
export function endpoints(n: number, edges: bigint[][]): [number, number, bigint][] {
  return edges.map((e) => [vertex(n, e[0]), vertex(n, e[1]), e[2]]);
}

/** Undirected adjacency lists, one entry per edge (a self-loop once), ascending. */
export function undirected(n: number, edges: [number, number, bigint][]): number[][] {
  const adj: number[][] = Array.from({ length: n }, () => []);
  for (const [u, v] of edges) { adj[u].push(v); if (u !== v) adj[v].push(u); }
  for (const l of adj) l.sort((a, b) => a - b);
  return adj;
}

/** Directed adjacency lists u -> v, one entry per edge, ascending. */
export function directed(n: number, edges: [number, number, bigint][]): number[][] {
  const adj: number[][] = Array.from({ length: n }, () => []);
  for (const [u, v] of edges) adj[u].push(v);
  for (const l of adj) l.sort((a, b) => a - b);
  return adj;
}

const BAD = [-1n, -2n, -(2n ** 63n), 2n ** 63n - 1n, 2n ** 32n, 2n ** 31n];

/** A vertex count: mostly 0..30, sometimes negative. */
export function order(gen: any): any {
  const fc = gen.fc;
  return fc.oneof(
    { weight: 10, arbitrary: fc.integer({ min: 0, max: 10 }).map(BigInt) },
    { weight: 8, arbitrary: fc.integer({ min: 11, max: 30 }).map(BigInt) },
    { weight: 1, arbitrary: fc.constantFrom(-1n, -3n, -(2n ** 63n)) },
  );
}

/** A vertex of an n-vertex graph: almost always in range, sometimes out of it. */
export function endpoint(gen: any, n: bigint, badWeight = 1): any {
  const fc = gen.fc;
  const bad = fc.oneof(fc.constantFrom(...BAD), fc.constant(n), fc.constant(n + 1n));
  if (n <= 0n) return bad;
  return fc.oneof({ weight: 400, arbitrary: fc.integer({ min: 0, max: Number(n) - 1 }).map(BigInt) }, { weight: badWeight, arbitrary: bad });
}

export interface GraphOptions {
  /** How many extra vertex arguments follow the edges (a start, or s and t). */
  vertices?: number;
  /** A generator of edge weights: edges become (u, v, w). */
  weight?: any;
  /** Also make acyclic directed graphs (edges from lower to higher rank under a shuffle). */
  dag?: boolean;
  /** Also make bipartite graphs (edges only between two random sides). */
  bipartite?: boolean;
}

/** [n, edges, ...vertices] with n from `order`, up to ~2n+4 edges, mostly valid. */
export function graph(gen: any, opts: GraphOptions = {}): any {
  const fc = gen.fc;
  return order(gen).chain((n: bigint) => {
    const k = n > 0n ? Number(n) : 0;
    const e = endpoint(gen, n);
    const w = opts.weight;
    const edge = w ? fc.tuple(e, e, w) : fc.tuple(e, e);
    const size = fc.oneof(fc.constant(Math.floor(k / 2)), fc.constant(k), fc.constant(2 * k + 4));
    const plain = size.chain((max: number) => fc.array(edge, { maxLength: max }));
    const shaped: any[] = [{ weight: 3, arbitrary: plain }];
    if (k > 1 && opts.dag) {
      const inner = fc.tuple(fc.integer({ min: 0, max: k - 1 }), fc.integer({ min: 0, max: k - 1 }), ...(w ? [w] : []));
      shaped.push({ weight: 3, arbitrary: fc.tuple(fc.shuffledSubarray([...Array(k).keys()], { minLength: k, maxLength: k }), fc.array(inner, { maxLength: 2 * k + 4 }))
        .map(([perm, pairs]: [number[], number[][]]) => {
          const rank: number[] = []; perm.forEach((v, i) => (rank[v] = i));
          return pairs.filter((p) => p[0] !== p[1]).map((p) => {
            const [a, b] = rank[p[0]] < rank[p[1]] ? [p[0], p[1]] : [p[1], p[0]];
            return [BigInt(a), BigInt(b), ...p.slice(2)];
          });
        }) });
    }
    if (k > 1 && opts.bipartite) {
      shaped.push({ weight: 3, arbitrary: fc.tuple(fc.array(fc.boolean(), { minLength: k, maxLength: k }), fc.array(fc.tuple(fc.integer({ min: 0, max: k - 1 }), fc.integer({ min: 0, max: k - 1 })), { maxLength: 2 * k + 4 }))
        .map(([side, pairs]: [boolean[], number[][]]) => pairs.filter((p) => side[p[0]] !== side[p[1]]).map((p) => [BigInt(p[0]), BigInt(p[1])])) });
    }
    const verts = Array.from({ length: opts.vertices ?? 0 }, () => endpoint(gen, n, 20));
    return fc.tuple(fc.constant(n), fc.oneof(...shaped), ...verts);
  });
}
