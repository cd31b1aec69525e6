// The card scales with the vocabulary: at --budget 2000 the card ranked for each MBPP task shows at
// least 95% of the blocks that task's solution calls (npm run recall; the frozen test slice is left
// out, and no solution counts toward its own card's usage prior).
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { MBPP_CORPUS, MBPP_HOW } from "../compiler/mbpp.js";
import { ROOT } from "../compiler/paths.js";
import { requirePath } from "./support/external.js";

const corpus = requirePath("the MBPP corpus", MBPP_CORPUS, MBPP_HOW);

describe.skipIf(!corpus.present)("the budgeted card's recall", () => {
  it("shows 95% or more of the blocks MBPP solutions call, at --budget 2000", () => {
    const r = spawnSync(process.execPath, [join(ROOT, "dist", "scripts", "recall.js"), "--json"], { encoding: "utf8", cwd: ROOT, env: { ...process.env, IDEO_MBPP: MBPP_CORPUS }, timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const { summary } = JSON.parse(r.stdout);
    expect(summary.tasks).toBeGreaterThan(200);
    expect(summary.recall).toBeGreaterThanOrEqual(0.95);
  }, 150_000);
});
