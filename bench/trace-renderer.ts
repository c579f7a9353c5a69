/**
 * Where a view's load goes: a Chromium performance trace of each first view (the same pages, fake main
 * and Chromium as bench/renderer.bench.ts), summed up to the first frame with a usable control.
 * Run with `node scripts/trace-renderer.mjs [player|library|settings …] [--runs=N]` after a build; it
 * prints the request waterfall, script compile and evaluation per chunk, style, layout and paint, and the
 * main thread's idle time, medians over the runs. `--milestones` traces nothing and times the load's
 * steps from inside the page instead (scripts arrived, requests to main answered, DOMContentLoaded, the
 * frames): the order of events as the bench sees them. A diagnostic, not a bench: it records nothing.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from '@playwright/test';
import { serveStatic } from '../scripts/serve-static.mjs';
import { typical, watchForUsableControl, type View } from './usable-control';

const views: View[] = [
  { name: 'floor', path: 'floor.html', selector: 'button', control: 'Start' },
  { name: 'player', path: 'player.html#/player?lang=en', selector: 'button', control: 'Start' },
  { name: 'library', path: 'library.html#/library?lang=en', selector: 'button', control: 'Start ' },
  { name: 'settings', path: 'settings.html#/settings?lang=en', selector: 'input, select', control: '' },
];

/** The floor and the named views (all where none is named). */
const chooseViews = (names: string[]): View[] =>
  views.filter((view) => view.name === 'floor' || names.length === 0 || names.includes(view.name));

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: Record<string, unknown>; [key: string]: unknown };
}

interface Summary {
  interactiveAt: number;
  /** Request path → [start, end] in ms from navigation. */
  requests: Record<string, [number, number]>;
  /** Category → ms on the renderer main thread before the usable frame. */
  work: Record<string, number>;
  /** Script URL → ms compiling and evaluating it. */
  scripts: Record<string, number>;
}

const shortUrl = (url: string) => url.replace(/^.*\/assets\//, '').replace(/-[\w-]{8}\.(js|css)$/, '.$1');

async function traceOnce(browser: Browser, port: number, view: View, plain = false): Promise<Summary> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const interactive = await watchForUsableControl(page, view);
  if (!plain)
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'blink.user_timing',
        'loading',
        'v8',
        'disabled-by-default-devtools.timeline',
        'fonts',
      ],
    });
  await page.goto(`http://127.0.0.1:${port}/${view.path}`, { waitUntil: 'commit' });
  const interactiveAt = await interactive();
  const requests = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('resource')
        .map(
          (entry) =>
            [entry.name, [entry.startTime, (entry as PerformanceResourceTiming).responseEnd]] as const,
        ),
    ),
  );
  if (plain) {
    await context.close();
    const requestTimes = Object.fromEntries(
      Object.entries(requests)
        .filter(([url]) => !url.includes('__'))
        .map(([url, span]) => [shortUrl(url), span.map((ms) => Math.round(ms)) as [number, number]]),
    );
    return { interactiveAt, requests: requestTimes, work: {}, scripts: {} };
  }
  const buffer = await browser.stopTracing();
  await context.close();
  const { traceEvents } = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
  const navigation = traceEvents.find((event) => event.name === 'navigationStart');
  const mark = traceEvents.find((event) => event.name === 'interactive' && event.cat.includes('user_timing'));
  const start = navigation?.ts ?? 0;
  const end = mark ? mark.ts : start + interactiveAt * 1000;
  const main = traceEvents.find(
    (event) =>
      event.name === 'thread_name' &&
      event.args?.['name'] === 'CrRendererMain' &&
      event.pid === navigation?.pid,
  );
  const work: Record<string, number> = {};
  const scripts: Record<string, number> = {};
  const add = (table: Record<string, number>, key: string, ms: number) =>
    (table[key] = (table[key] ?? 0) + ms);
  // Only top-level tasks' children that matter, on the main thread, inside the window.
  const wanted: Record<string, string> = {
    EvaluateScript: 'script: evaluate (classic)',
    'v8.compileModule': 'script: compile module',
    'v8.evaluateModule': 'script: evaluate module',
    'v8.compile': 'script: compile',
    FunctionCall: 'script: function calls (callbacks, microtasks)',
    RunMicrotasks: 'script: microtasks',
    FireAnimationFrame: 'script: animation frame callbacks',
    TimerFire: 'script: timers',
    ParseHTML: 'parse HTML',
    ParseAuthorStyleSheet: 'parse CSS',
    UpdateLayoutTree: 'style recalc',
    Layout: 'layout',
    PrePaint: 'pre-paint',
    Paint: 'paint',
    Layerize: 'layerize',
    Commit: 'commit',
    RunTask: 'main thread busy (all tasks)',
    // Inside layout: each size and weight of a face in use is a "strike", whose rendering settings
    // the renderer asks of the browser process and waits for; each face is matched through fontconfig.
    'WebSandboxSupportLinux::GetWebFontRenderStyleForStrike': 'layout: fonts, a strike asked of the browser',
    'FontDataManager::onMatchFamilyStyle': 'layout: fonts, a face matched',
  };
  for (const event of traceEvents) {
    if (event.ph !== 'X' || event.pid !== navigation?.pid || (main && event.tid !== main.tid)) continue;
    if (event.ts < start || event.ts > end) continue;
    const label = wanted[event.name];
    if (!label) continue;
    const ms = (event.dur ?? 0) / 1000;
    add(work, label, ms);
    if (label.startsWith('layout: fonts')) add(work, `${label} (how many, not ms)`, 1);
    if (
      event.name === 'v8.compileModule' ||
      event.name === 'v8.evaluateModule' ||
      event.name === 'EvaluateScript'
    ) {
      const url = String(event.args?.data?.['url'] ?? event.args?.['fileName'] ?? '');
      if (url) add(scripts, `${shortUrl(url)} ${event.name.replace('v8.', '')}`, ms);
    }
  }
  return {
    interactiveAt,
    requests: Object.fromEntries(
      Object.entries(requests)
        .filter(([url]) => !url.includes('__'))
        .map(([url, span]) => [shortUrl(url), span.map((ms) => Math.round(ms)) as [number, number]]),
    ),
    work: Object.fromEntries(Object.entries(work).map(([key, ms]) => [key, Math.round(ms * 10) / 10])),
    scripts: Object.fromEntries(Object.entries(scripts).map(([key, ms]) => [key, Math.round(ms * 10) / 10])),
  };
}

/**
 * Runs in the page, after the fake main is installed: records when each script and stylesheet arrived,
 * DOMContentLoaded, each `get…` request to main and its answer, the first frame and how many frames
 * came up to the usable one, with `performance.now()` and nothing else, so the load runs as in the
 * bench (a trace slows it by half).
 */
function recordMilestones(): void {
  const marks: Record<string, number> = {};
  const mark = (name: string): void => {
    marks[name] ??= performance.now();
  };
  Object.assign(window, { __milestones: marks });
  document.addEventListener('DOMContentLoaded', () => mark('DOMContentLoaded'));
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (/\.(js|css)$/.test(entry.name)) mark(`arrived ${entry.name.replace(/^.*\/|-[\w-]{8}(?=\.)/g, '')}`);
  }).observe({ type: 'resource', buffered: true });
  const api = (window as unknown as { unhunch?: Record<string, unknown> }).unhunch ?? {};
  for (const [name, request] of Object.entries(api)) {
    if (!name.startsWith('get') || typeof request !== 'function') continue;
    api[name] = (...args: unknown[]) => {
      mark(`asked ${name}`);
      const answer = (request as (...args: unknown[]) => Promise<unknown>)(...args);
      void answer.then(
        () => mark(`answered ${name}`),
        () => mark(`failed ${name}`),
      );
      return answer;
    };
  }
  // The first frame, and each later one until the control is in one: how many frames the view took.
  let frames = 0;
  const onFrame = (): void => {
    mark('first frame');
    marks['frames'] = ++frames;
    if (performance.getEntriesByName('usable-control-seen').length === 0) requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
}

/** One load's milestones (ms from navigation), up to the frame with the usable control on screen. */
async function milestonesOnce(browser: Browser, port: number, view: View): Promise<Record<string, number>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const interactive = await watchForUsableControl(page, view);
  await page.addInitScript(recordMilestones);
  await page.goto(`http://127.0.0.1:${port}/${view.path}`, { waitUntil: 'commit' });
  const usable = await interactive();
  const marks: Record<string, number> = await page.evaluate(() => ({
    ...(window as unknown as { __milestones: Record<string, number> }).__milestones,
    'usable control in a frame': performance.getEntriesByName('usable-control-seen')[0]?.startTime ?? NaN,
  }));
  await context.close();
  const { frames = NaN, ...times } = marks;
  // What happened after the usable frame (a late answer) is not part of this load.
  return {
    ...Object.fromEntries(Object.entries(times).filter(([, ms]) => ms <= usable)),
    'usable (that frame on screen)': usable,
    frames,
  };
}

/** Self time by script and by function over the load, from V8's sampling profiler (100 µs). */
async function profileOnce(browser: Browser, port: number, view: View): Promise<Record<string, number>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const interactive = await watchForUsableControl(page, view);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(`http://127.0.0.1:${port}/${view.path}`, { waitUntil: 'commit' });
  await interactive();
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: {
      nodes: {
        id: number;
        callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
      }[];
      samples: number[];
      timeDeltas: number[];
    };
  };
  await context.close();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self: Record<string, number> = {};
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id)!.callFrame;
    const url = frame.url ? shortUrl(frame.url) : '(native)';
    // A page carries its script now, so a function is placed by line as well as column (1-based, as editors count).
    const place = `${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    const key = `${url} ${frame.functionName || '(anonymous)'}:${place}`;
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    self[`file ${url}`] = (self[`file ${url}`] ?? 0) + ms;
    self[`fn ${key}`] = (self[`fn ${key}`] ?? 0) + ms;
  });
  return self;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function medianTable(tables: Record<string, number>[]): Record<string, number> {
  const keys = new Set(tables.flatMap((table) => Object.keys(table)));
  return Object.fromEntries(
    [...keys].map((key) => [key, Math.round(median(tables.map((table) => table[key] ?? 0)) * 10) / 10]),
  );
}

/**
 * Two builds side by side (this one and `baseRoot`), interleaved run by run with the floor page, so a
 * busy machine weighs on both alike: each view's typical time (as the bench takes it), its ratio to
 * the floor, and the typical difference between the two builds' loads of a run.
 */
export async function compare(baseRoot: string, runs: number, names: string[] = []): Promise<void> {
  const chosen = chooseViews(names);
  const roots = { base: baseRoot, this: 'out/renderer' };
  const servers = [];
  const ports: Record<string, number> = {};
  for (const [name, root] of Object.entries(roots)) {
    writeFileSync(`${root}/floor.html`, FLOOR_HTML);
    writeFileSync(`${root}/floor.js`, FLOOR_JS);
    const server = await serveStatic(root, 0);
    servers.push(server);
    ports[name] = (server.address() as AddressInfo).port;
  }
  const browser = await launch();
  try {
    const times: Record<string, number[]> = {};
    for (let i = 0; i < runs; i++) {
      for (const name of Object.keys(roots)) {
        for (const view of chosen) {
          const { interactiveAt } = await traceOnce(browser, ports[name]!, view, true);
          (times[`${name} ${view.name}`] ??= []).push(interactiveAt);
        }
      }
    }
    for (const name of Object.keys(roots)) {
      const floorMs = typical(times[`${name} floor`]!);
      console.log(
        `${name.padEnd(5)} ` +
          chosen
            .map((view) => {
              const ms = typical(times[`${name} ${view.name}`]!);
              return `${view.name} ${Math.round(ms)} ms (${(ms / floorMs).toFixed(2)}×)`;
            })
            .join('  '),
      );
    }
    // Two loads of a view made one after the other share the machine's state, so their difference is
    // steadier than either time: a cut hidden by run-to-run noise shows here as most loads faster.
    console.log(
      'this − base, load by load: ' +
        chosen
          .map((view) => {
            const base = times[`base ${view.name}`]!;
            const differences = times[`this ${view.name}`]!.map((ms, i) => ms - base[i]!);
            const faster = differences.filter((ms) => ms < 0).length;
            const ms = typical(differences);
            return `${view.name} ${ms > 0 ? '+' : ''}${ms.toFixed(1)} ms (faster in ${faster} of ${runs})`;
          })
          .join('  '),
    );
  } finally {
    await browser.close();
    for (const server of servers) server.close();
    for (const root of Object.values(roots)) {
      rmSync(`${root}/floor.html`, { force: true });
      rmSync(`${root}/floor.js`, { force: true });
    }
  }
}

const FLOOR_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title><script type="module" src="./floor.js"></script></head><body><main id="app"></main></body></html>`;
const FLOOR_JS = `const b = document.createElement('button'); b.textContent = 'Start'; document.getElementById('app').append(b);`;

const launch = () =>
  chromium.launch({
    ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

export async function run(
  names: string[],
  runs: number,
  mode: 'trace' | 'plain' | 'profile' | 'milestones' = 'trace',
): Promise<void> {
  const root = 'out/renderer';
  writeFileSync(`${root}/floor.html`, FLOOR_HTML);
  writeFileSync(`${root}/floor.js`, FLOOR_JS);
  const server = await serveStatic(root, 0);
  const { port } = server.address() as AddressInfo;
  const browser = await launch();
  try {
    const chosen = chooseViews(names);
    if (mode === 'milestones') {
      const tables: Record<string, Record<string, number>[]> = {};
      for (let i = 0; i < runs; i++)
        for (const view of chosen) (tables[view.name] ??= []).push(await milestonesOnce(browser, port, view));
      for (const view of chosen) {
        const all = tables[view.name]!;
        console.log(`\n=== ${view.name}: milestones (ms from navigation, median of ${runs})`);
        // A milestone some loads never reached (an answer that came after the usable frame) is the
        // median of those that did, and says how many.
        const names = [...new Set(all.flatMap((table) => Object.keys(table)))].filter(
          (name) => name !== 'frames',
        );
        const rows = names.map((name) => {
          const reached = all.flatMap((table) => (name in table ? [table[name]!] : []));
          return { name, ms: median(reached), reached: reached.length };
        });
        for (const { name, ms, reached } of rows.sort((a, b) => a.ms - b.ms))
          console.log(
            `    ${String(Math.round(ms)).padStart(6)}  ${name}${reached < runs ? ` (${reached} of ${runs} loads)` : ''}`,
          );
        console.log(
          `  frames drawn, the usable one included: ${median(all.map((table) => table['frames']!))}`,
        );
      }
      return;
    }
    if (mode === 'profile') {
      for (const view of chosen) {
        const tables: Record<string, number>[] = [];
        for (let i = 0; i < runs; i++) tables.push(await profileOnce(browser, port, view));
        console.log(`\n=== ${view.name}: self time (ms, median of ${runs})`);
        const table = Object.entries(medianTable(tables)).sort((a, b) => b[1] - a[1]);
        for (const [key, ms] of table.filter(([key]) => key.startsWith('file ')).slice(0, 15))
          console.log(`    ${String(ms).padStart(7)}  ${key}`);
        for (const [key, ms] of table.filter(([key]) => key.startsWith('fn ')).slice(0, 25))
          console.log(`    ${String(ms).padStart(7)}  ${key}`);
      }
      return;
    }
    const results: Record<string, Summary[]> = {};
    for (let i = 0; i < runs; i++) {
      for (const view of chosen)
        (results[view.name] ??= []).push(await traceOnce(browser, port, view, mode === 'plain'));
    }
    for (const view of chosen) {
      const all = results[view.name]!;
      console.log(
        `\n=== ${view.name}: usable at ${Math.round(median(all.map((s) => s.interactiveAt)))} ms (median of ${runs})`,
      );
      const starts = medianTable(
        all.map((s) => Object.fromEntries(Object.entries(s.requests).map(([k, v]) => [k, v[0]]))),
      );
      const ends = medianTable(
        all.map((s) => Object.fromEntries(Object.entries(s.requests).map(([k, v]) => [k, v[1]]))),
      );
      console.log('  requests (start → end ms):');
      for (const [url, begin] of Object.entries(starts).sort((a, b) => a[1] - b[1]))
        console.log(`    ${String(begin).padStart(6)} → ${String(ends[url]).padStart(6)}  ${url}`);
      console.log('  main thread (ms before usable):');
      for (const [key, ms] of Object.entries(medianTable(all.map((s) => s.work))).sort((a, b) => b[1] - a[1]))
        console.log(`    ${String(ms).padStart(7)}  ${key}`);
      console.log('  scripts (ms):');
      for (const [key, ms] of Object.entries(medianTable(all.map((s) => s.scripts)))
        .sort((a, b) => b[1] - a[1])
        .slice(0, 15))
        console.log(`    ${String(ms).padStart(7)}  ${key}`);
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(`${root}/floor.html`, { force: true });
    rmSync(`${root}/floor.js`, { force: true });
  }
}
