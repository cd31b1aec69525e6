// The playground in a real browser (Debian's Chromium, driven by playwright-core): the page builds,
// compiles the program typed into its editor in the browser, shows what it prints, underlines a
// mistake with its diagnostic, and counts tokens beside the Python equivalent. A screenshot goes to a
// temporary folder; IDEO_UPDATE_SCREENSHOT=1 also writes docs/playground.png.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { copyFileSync, mkdtempSync, rmSync, statSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { ROOT } from "../compiler/paths.js";
import { requirePath } from "./support/external.js";
import { runProcess } from "./support/run.js";

const CHROMIUM = "/usr/bin/chromium";
const browserPresent = requirePath("Chromium", CHROMIUM, "install it with `apt-get install chromium`");

describe("the playground's code", () => {
  it("type-checks for the browser (web/tsconfig.json: DOM and worker libraries)", async () => {
    const r = await runProcess(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(ROOT, "web", "tsconfig.json")]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });
});

describe.skipIf(!browserPresent.present)("the playground in Chromium", () => {
  let dir: string, server: Server, browser: Browser, page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ideo-playground-"));
    const { buildPlayground, servePlayground } = await import("../scripts/playground.js");
    await buildPlayground(join(dir, "web"));
    server = await servePlayground(0, join(dir, "web"));
    const port = (server.address() as { port: number }).port;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${port}/`);
    // the first example compiles and runs as soon as the page is up
    await page.waitForFunction(() => document.getElementById("status")?.textContent?.startsWith("compiled:"), undefined, { timeout: 30_000 });
    expect(errors).toEqual([]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const output = () => page.locator("#output").textContent();

  async function typeProgram(text: string): Promise<void> {
    await page.click(".cm-content");
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.type(text);
  }

  it("runs a program typed into the editor and shows its output, module size and text", async () => {
    await typeProgram('print([3, 1, 2].sort, "ab".upper)');
    await page.waitForFunction(() => document.getElementById("output")?.textContent === "[1, 2, 3] AB\n", undefined, { timeout: 20_000 });
    expect(await page.locator("#status").textContent()).toMatch(/^compiled: \d+ bytes of WebAssembly$/);
    expect(await page.locator("#wat").textContent()).toMatch(/^\(module/);
    expect(await page.locator("#tokens").textContent()).toMatch(/^Ideo \d+ tokens \(o200k_base\)$/);
  });

  it("underlines a mistake and gives its diagnostic", async () => {
    await typeProgram("print([3, 1, 2].sotr)");
    await page.waitForSelector(".cm-lintRange-error", { timeout: 20_000 });
    expect(await page.locator("#status").textContent()).toBe("1 error");
    // hovering the underlined word shows the diagnostic
    await page.hover(".cm-lintRange-error");
    const tip = page.locator(".cm-tooltip-lint");
    await tip.waitFor({ timeout: 10_000 });
    expect(await tip.textContent()).toContain("E0201: unknown block 'sotr'");
    const shot = join(dir, "playground.png");
    await page.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
  });

  it("calls a feature's function and counts its tokens beside the Python equivalent", async () => {
    await page.selectOption("#examples", { label: "csvsum (with Python)" });
    await page.waitForFunction(() => document.getElementById("output")?.textContent === 'csvsum("1,2, 30") → 33\n', undefined, { timeout: 20_000 });
    await page.waitForFunction(() => /Python \d+ tokens/.test(document.getElementById("tokens")?.textContent ?? ""), undefined, { timeout: 10_000 });
    const [, ideo, python] = /^Ideo (\d+) tokens · the same in Python (\d+) tokens/.exec((await page.locator("#tokens").textContent())!)!;
    const { countTokens } = await import("../compiler/tokens/count.js");
    const { readFileSync } = await import("node:fs");
    const feature = join(ROOT, "examples", "features", "csvsum");
    expect(Number(ideo)).toBe(countTokens(readFileSync(join(feature, "feature.ideo"), "utf8")));
    expect(Number(python)).toBe(countTokens(readFileSync(join(feature, "feature.py"), "utf8")));
    if (process.env.IDEO_UPDATE_SCREENSHOT) {
      const shot = join(dir, "features.png");
      await page.screenshot({ path: shot });
      copyFileSync(shot, join(ROOT, "docs", "playground.png"));
    }
  });

  it("stops a program that never ends, and keeps working", async () => {
    await typeProgram("n = 0\nwhile true\n  n += 1\n");
    await page.waitForFunction(() => /^stopped: the program ran longer than/m.test(document.getElementById("output")?.textContent ?? ""), undefined, { timeout: 30_000 });
    await typeProgram("print(6 * 7)");
    await page.waitForFunction(() => document.getElementById("output")?.textContent === "42\n", undefined, { timeout: 30_000 });
  });
});
