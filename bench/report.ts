// The benchmark's results as data (`--json`) and as the generated part of docs/performance.md:
// times, ratios, module sizes, compile times and start-up costs.
import { Kernel, VARIANTS, Variant } from "./kernels.js";
import { KernelRun, best, geomean, median } from "./measure.js";
import type { CompileTimes, Cost, Sizes, Startup } from "./builds.js";
import { ratioChart, Series } from "./chart.js";

export interface Report {
  date: string;
  /** The commit the run measured ("+": with uncommitted changes). */
  commit?: string;
  machine: { cpu: string; cores: number; memoryGB: number; os: string; node: string };
  tools: Record<string, string>;
  /** The system's 1-minute load average when the run began and ended: how busy the machine was. */
  load: { start: number; end: number };
  /** How long the whole run took, wall clock. */
  minutes: number;
  rounds: number;
  ideoOpt: string;
  small: boolean;
  kernels: (KernelRun & { best: Partial<Record<Variant, number>>; median: Partial<Record<Variant, number>> })[];
  sizes?: Sizes[];
  compile?: CompileTimes[];
  startup?: Startup;
}

export function summarize(run: KernelRun): Report["kernels"][number] {
  const b: Partial<Record<Variant, number>> = {}, m: Partial<Record<Variant, number>> = {};
  for (const v of VARIANTS) if (run.ms[v]?.length) { b[v] = best(run.ms[v]); m[v] = median(run.ms[v]); }
  return { ...run, best: b, median: m };
}

export const LABEL: Record<Variant, string> = { ideo: "Ideo loops", "ideo-fuel": "Ideo loops, fuel", "ideo-blocks": "Ideo blocks", js: "JS", clang: "clang wasm", asc: "AssemblyScript", gcc: "gcc native" };

/** The comparisons of the ratio table and the chart: Ideo (loops, then blocks) against each other. */
const AGAINST: Variant[] = ["clang", "asc", "js"];
const COLORS: Record<string, string> = { clang: "#1f77b4", asc: "#2ca02c", js: "#d62728" };
const COMPARISONS = (["ideo", "ideo-blocks"] as const).flatMap((ideo) => AGAINST.map((other) => ({ ideo, other })));

const ratio = (k: Report["kernels"][number], a: Variant, b: Variant) => (k.best[a] ?? NaN) / (k.best[b] ?? NaN);
const fmt = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? "–" : x >= 100 ? x.toFixed(0) : x.toPrecision(3));
const sizeText = (n: number) => n.toLocaleString("en-US");

export function markdown(r: Report, kernels: Kernel[], chartFile: string): string {
  const spec = new Map(kernels.map((k) => [k.name, k]));
  const timed = r.kernels.filter((k) => k.agree && Object.keys(k.best).length);
  const out: string[] = [];
  out.push(`Measured ${r.date.slice(0, 10)}${r.commit ? ` at commit ${r.commit}` : ""} on ${r.machine.cpu} (${r.machine.cores} cores, ${r.machine.memoryGB} GB), ${r.machine.os}, Node ${r.machine.node}; ` +
    `${Object.entries(r.tools).map(([t, v]) => `${t} ${v}`).join(", ")}.${r.kernels.length ? ` Ideo at -O${r.ideoOpt}, ${r.rounds} rounds.` : ""} ` +
    `Load average (1 min) ${r.load.start.toFixed(1)} at the start and ${r.load.end.toFixed(1)} at the end, ${r.minutes < 1 ? `${Math.round(r.minutes * 60)} seconds` : `${Math.round(r.minutes)} minutes`} in all: the machine is shared, so figures are noisy and the best of the rounds is what the ratios use.`, "");
  if (r.kernels.length) {
    out.push("### Time", "", `Milliseconds per call, best of ${r.rounds} (median in parentheses).`, "");
    out.push(`| kernel | n | ${VARIANTS.map((v) => LABEL[v]).join(" | ")} |`, `|---|---|${VARIANTS.map(() => "---:").join("|")}|`);
    for (const k of r.kernels) {
      const cells = VARIANTS.map((v) => (k.best[v] !== undefined ? `${fmt(k.best[v])} (${fmt(k.median[v])})` : k.absent[v] ? "–" : k.agree ? "" : "✗"));
      out.push(`| ${k.kernel}${k.agree ? "" : " (results differ: not timed)"} | ${k.size.toLocaleString("en-US")} | ${cells.join(" | ")} |`);
    }
    out.push("", "What each kernel computes, and the blocks its blocks variant uses (or why it has none):", "", "| kernel | computes | blocks |", "|---|---|---|");
    for (const k of r.kernels) {
      const s = spec.get(k.kernel)!;
      out.push(`| ${k.kernel} | ${s.what} | ${s.blocks ? s.blocks.map((b) => `\`${b}\``).join(", ") : `none: ${s.noBlocks}`} |`);
    }
    out.push("", "### Ratios", "", "Ideo's best time divided by the other's best (below 1: Ideo is faster); then the cost of the fuel checks `ideo run` compiles in, the loops compiled with them (and run under its default budget) against the loops without; the last column is the wasm cost of the same C, clang's wasm against gcc's native code. Geometric means are over the kernels that have both variants.", "");
    out.push(`| kernel | ${COMPARISONS.map((c) => `${c.ideo === "ideo" ? "loops" : "blocks"} ÷ ${LABEL[c.other]}`).join(" | ")} | loops, fuel ÷ loops | clang wasm ÷ gcc native |`, `|---|${COMPARISONS.map(() => "---:").join("|")}|---:|---:|`);
    for (const k of timed) out.push(`| ${k.kernel} | ${COMPARISONS.map((c) => fmt(ratio(k, c.ideo, c.other))).join(" | ")} | ${fmt(ratio(k, "ideo-fuel", "ideo"))} | ${fmt(ratio(k, "clang", "gcc"))} |`);
    const gm = (a: Variant, b: Variant) => geomean(timed.map((k) => ratio(k, a, b)));
    out.push(`| **geometric mean** | ${COMPARISONS.map((c) => `**${fmt(gm(c.ideo, c.other))}**`).join(" | ")} | **${fmt(gm("ideo-fuel", "ideo"))}** | **${fmt(gm("clang", "gcc"))}** |`);
    out.push("", `![Ideo's time against clang's wasm, AssemblyScript and JS, per kernel](${chartFile})`, "");
  }
  if (r.sizes) {
    out.push("### Module sizes", "", "Bytes without custom sections, each module exporting the kernel alone (`ideo build --export kernel`; Ideo's modules also carry a names section and their `ideo.sig` signatures: the last column is the file `ideo build --export kernel` writes at -O2).", "");
    out.push("| kernel | Ideo loops -O2 | Ideo loops -O3 | Ideo blocks -O2 | Ideo blocks -O3 | clang -O3 | asc -O3 | Ideo loops -O2 as emitted |", "|---|---:|---:|---:|---:|---:|---:|---:|");
    for (const s of r.sizes) {
      out.push(`| ${s.kernel} | ${sizeText(s.ideo.O2)} | ${sizeText(s.ideo.O3)} | ${s.blocks ? sizeText(s.blocks.O2) : "–"} | ${s.blocks ? sizeText(s.blocks.O3) : "–"} | ${s.clang !== undefined ? sizeText(s.clang) : "–"} | ${sizeText(s.asc)} | ${sizeText(s.ideo.emitted)} |`);
    }
    out.push("", pastAsc(r.sizes), "");
  }
  if (r.compile) {
    out.push("### Compile time", "", "CPU milliseconds (user + system) to compile each kernel's loops.ideo (`ideo build`, -O2) and kernel.as.ts (`asc -O3`): cold is a fresh process, Node's start included (one run, its CPU read from the child's resource usage); warm is the compiler called again in the benchmark's process (median of 3, after one more). `--json` has the wall times too.", "");
    out.push("| kernel | Ideo cold | Ideo warm | asc cold | asc warm |", "|---|---:|---:|---:|---:|");
    for (const c of r.compile) out.push(`| ${c.kernel} | ${fmt(c.ideoCold.cpu)} | ${fmt(c.ideoWarm.cpu)} | ${fmt(c.ascCold.cpu)} | ${fmt(c.ascWarm.cpu)} |`);
    const med = (f: (c: CompileTimes) => Cost) => `**${fmt(median(r.compile!.map((c) => f(c).cpu)))}**`;
    out.push(`| **median** | ${med((c) => c.ideoCold)} | ${med((c) => c.ideoWarm)} | ${med((c) => c.ascCold)} | ${med((c) => c.ascWarm)} |`, "");
  }
  if (r.startup) {
    const s = r.startup;
    out.push("### CLI start-up", "", `CPU milliseconds (user + system, read from the child processes' resource usage; median of ${s.reps}) of the CLI on a one-line file, and beyond what \`node -e 0\` costs; wall milliseconds for reference. (\`npm run bench:startup\`, below, takes these costs apart.)`, "");
    out.push("| command | CPU ms | beyond `node -e 0` | wall ms |", "|---|---:|---:|---:|");
    const row = (label: string, c: Cost, beyond: boolean) => out.push(`| ${label} | ${fmt(c.cpu)} | ${beyond ? fmt(c.cpu - s.node.cpu) : "–"} | ${fmt(c.wall)} |`);
    row("`node -e 0`", s.node, false);
    row("`ideo check`", s.check, true);
    row("`ideo run --no-cache` (compiling)", s.run, true);
    row("`ideo run` (its module cached)", s.cached, true);
    out.push("");
  }
  return out.join("\n");
}

export function chart(r: Report): string {
  const timed = r.kernels.filter((k) => k.agree && Object.keys(k.best).length);
  const series: Series[] = COMPARISONS.map((c) => ({ label: `${c.ideo === "ideo" ? "loops" : "blocks"} vs ${LABEL[c.other]}`, color: COLORS[c.other], hollow: c.ideo === "ideo-blocks" }));
  const rows = timed.map((k) => ({ label: k.kernel, values: COMPARISONS.map((c) => ratio(k, c.ideo, c.other)) }));
  rows.push({ label: "geometric mean", values: COMPARISONS.map((c) => geomean(timed.map((k) => ratio(k, c.ideo, c.other)))) });
  return ratioChart(`Ideo against clang's wasm, AssemblyScript and JS (best of ${r.rounds})`, series, rows);
}

/** The part of docs/performance.md this command writes lies between these markers. */
const BEGIN = "<!-- bench:begin (npm run bench) -->", END = "<!-- bench:end -->";

/** The page with its Results section replaced by body (or appended, markers and all), the rest of
 *  it, the hand-written text and `npm run bench:startup`'s section, left as it is. */
export function withResults(page: string, body: string): string {
  const section = `${BEGIN}\n## Results\n\n${body.trimEnd()}\n\n${END}`;
  const [a, b] = [page.indexOf(BEGIN), page.indexOf(END)];
  return a >= 0 && b > a ? page.slice(0, a) + section + page.slice(b + END.length) : `${page.trimEnd()}\n\n${section}\n`;
}

/** Which of Ideo's modules are larger than asc's, the size target (docs/performance.md). */
function pastAsc(sizes: Sizes[]): string {
  const past = sizes.flatMap((s) => [
    ...(["O2", "O3"] as const).filter((l) => s.ideo[l] > s.asc).map((l) => `${s.kernel} loops -${l}`),
    ...(["O2", "O3"] as const).filter((l) => s.blocks && s.blocks[l] > s.asc).map((l) => `${s.kernel} blocks -${l}`),
  ]);
  return past.length ? `Larger than asc's module: ${past.join(", ")}.` : "Every Ideo module is at most asc's size.";
}
