/**
 * Where the page pipeline's time goes on the 500,000-word page: a CDP CPU
 * profile of one runPipeline() (self time by function), the long tasks the
 * browser reported set against the scanner's own slices, and the unsliced
 * stage timings. Run: npx tsx bench/page/profile.ts [article|live_blog|huge|long_paragraphs]
 */
import { generateArticle, generateLiveBlog, generateTranscript } from './generate';
import { bundle, launch, serve } from './harness';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

async function main(): Promise<void> {
  const which = process.argv[2] ?? 'huge';
  const gen =
    which === 'article'
      ? generateArticle(1_500)
      : which === 'live_blog'
        ? generateLiveBlog(50_000)
        : which === 'long_paragraphs'
          ? generateTranscript(50_000)
          : generateLiveBlog(500_000, 3);
  const { server, base } = await serve(new Map([['/p.html', gen.html]]), await bundle());
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/p.html`, { waitUntil: 'load', timeout: 60_000 });
    await page.addScriptTag({ url: '/bench.js' });
    await page.evaluate(() => window.runPipeline());
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const run = await page.evaluate(async () => {
      const start = performance.now();
      const r = await window.runPipeline();
      await new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)));
      await new Promise((res) => setTimeout(res, 20));
      return {
        ...r,
        longTasks: window.longTasks
          .filter((t) => t.start + t.duration > start)
          .map((t) => ({ start: Math.round(t.start - start), duration: t.duration })),
        slices: window.lastSlices.map(([a, b]) => [
          Math.round((a - start) * 10) / 10,
          Math.round((b - start) * 10) / 10,
        ]),
      };
    });
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const n = byId.get(id)!;
      const f = n.callFrame;
      const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    console.log(`${which}: ${gen.words} words; pipeline ${run.ms.toFixed(1)} ms, ${run.matches} claims`);
    console.log(`long tasks (ms from run start): ${JSON.stringify(run.longTasks)}`);
    const long = run.slices.map(([a, b], i) => [i, a, b]).filter(([, a, b]) => b - a > 12);
    console.log(`slices: ${run.slices.length}; over 12 ms: ${JSON.stringify(long)}`);
    console.log(`last slice: ${JSON.stringify(run.slices.at(-1))}`);
    console.log(`\nself time (profile total ${total.toFixed(0)} ms):`);
    for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
      console.log(`${v.toFixed(1).padStart(8)} ms  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
    }
    const stages = await page.evaluate(() => window.profileStages());
    console.log('\nunsliced stages:', JSON.stringify(stages));
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
