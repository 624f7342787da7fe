#!/usr/bin/env node
// npm run bench: newsner's speed and memory, measured on one corpus in one run, next to
// compromise (people() + places() + organizations()) on a sample of the same corpus.
//
//   node scripts/bench.mjs [--corpus DIR] [--runs N] [--sample-bytes N] [--json]
//
// Corpus: --corpus DIR, else ../shared/corpora/bbc when present, else one generated from
// fixtures/. Every newsner figure is a whole process (`node bin/newsner.js …`): start-up,
// gazetteer loading, reading, entities and relations, JSONL written to a file. Wall times
// are the best of --runs runs (default 3), because other work on the machine only ever
// slows a run down. Peak RSS is the process's (all threads) maximum resident set.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BIN = path.join(ROOT, "bin", "newsner.js");
const FLOOR = path.join(ROOT, "scripts", "bench-floor.mjs");
const SENTENCE = "Russian Foreign Minister Sergei Lavrov met NATO officials in Brussels on Monday.";
const TEXT_EXTENSIONS = new Set([".txt", ".text", ".md", ".markdown"]);
// Preloaded into each measured process: at exit, writes its peak RSS (kB), its CPU time (µs,
// all threads) and, where /proc has it, the CPU time of its main thread (ms; Linux counts it
// in hundredths of a second) to a file. With --jobs 1 the main thread does the extraction and
// the rest is V8's background threads, compiling hot code and collecting garbage.
const RSS_PRELOAD =
  'data:text/javascript,import{writeFileSync,readFileSync}from"node:fs";const main=()=>{try{const s=readFileSync("/proc/thread-self/stat","utf8");const f=s.slice(s.lastIndexOf(")")+2).split(" ");return(Number(f[11])+Number(f[12]))*10}catch{return null}};process.on("exit",()=>{const u=process.resourceUsage();if(process.env.NEWSNER_BENCH_RSS)writeFileSync(process.env.NEWSNER_BENCH_RSS,JSON.stringify([u.maxRSS,u.userCPUTime+u.systemCPUTime,main()]))})';

const TARGETS = {
  singleMBps: 10, // MB/s with --jobs 1
  vsCompromise: 60, // times compromise's MB/s
  jobsSpeedup: 1.6, // --jobs 2 over --jobs 1 (on a 2-core machine)
  coldStartMs: 250,
  peakRssMB: 300,
};

function parseArgs(argv) {
  const opts = { corpus: undefined, runs: 3, sampleBytes: 400_000, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--corpus") opts.corpus = argv[++i];
    else if (a === "--runs") opts.runs = Math.max(1, Number(argv[++i]));
    else if (a === "--sample-bytes") opts.sampleBytes = Number(argv[++i]);
    else if (a === "--json") opts.json = true;
    else if (a === "-h" || a === "--help") {
      console.log("usage: node scripts/bench.mjs [--corpus DIR] [--runs N] [--sample-bytes N] [--json]");
      process.exit(0);
    } else {
      console.error(`bench: unknown argument ${a}`);
      process.exit(2);
    }
  }
  return opts;
}

function listCorpus(dir) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith(".")) continue;
      const full = path.join(d, name);
      const info = statSync(full);
      if (info.isDirectory()) walk(full);
      else if (info.isFile() && TEXT_EXTENSIONS.has(path.extname(name).toLowerCase())) files.push({ path: full, rel: path.relative(dir, full), size: info.size });
    }
  };
  walk(dir);
  return files;
}

// About 5 MB of documents made from the fixture articles' paragraphs, for machines
// without the BBC corpus: each document strings together a few paragraphs, so documents
// differ but read like news.
function generateCorpus(dir) {
  const paras = readdirSync(path.join(ROOT, "fixtures"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => readFileSync(path.join(ROOT, "fixtures", f), "utf8").split(/\n\s*\n|\n/))
    .map((p) => p.trim())
    .filter((p) => p.length > 40);
  let total = 0;
  for (let i = 0; total < 5_000_000; i++) {
    const n = 3 + (i % 5);
    const text = Array.from({ length: n }, (_, k) => paras[(i * 7 + k * 13) % paras.length]).join("\n\n") + "\n";
    const file = path.join(dir, String(i % 20).padStart(2, "0"), `story-${String(i).padStart(5, "0")}.txt`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    total += Buffer.byteLength(text);
  }
}

// Runs node bin/newsner.js (or `script`) with stdout to a file; resolves to wall ms, CPU, peak
// RSS. `nodeFlags` go to node before the script ("--v8-pool-size=1"). With `rssTimeline`, stdout
// is read here instead, its lines counted, and the process's RSS read from /proc every 100 ms:
// the result's `timeline` holds [output lines so far, RSS kB] pairs.
function runNewsner(args, options = {}) {
  if (options.rssTimeline) return spawnNewsner(args, options, "pipe");
  return new Promise((resolve, reject) => {
    const out = createWriteStream(options.stdoutFile ?? "/dev/null");
    out.on("error", reject);
    out.on("open", () => spawnNewsner(args, options, out).then(resolve, reject).finally(() => out.close()));
  });
}

// One newsner process with stdout going to `stdout` (an open file stream, or "pipe" to be read
// here for the RSS timeline); resolves with its wall time, CPU, peak RSS and timeline.
function spawnNewsner(args, { stdin, nodeFlags = [], rssTimeline = false, script = BIN }, stdout) {
  const rssFile = path.join(work, `rss-${process.hrtime.bigint()}`);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...nodeFlags, "--import", RSS_PRELOAD, script, ...args], {
      stdio: [stdin ? "pipe" : "ignore", stdout, "pipe"],
      env: { ...process.env, NEWSNER_BENCH_RSS: rssFile, FORCE_COLOR: "0" },
    });
    const timeline = [];
    let lines = 0;
    let sampler;
    if (rssTimeline) {
      child.stdout.on("data", (chunk) => {
        for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
      });
      sampler = setInterval(() => {
        try {
          const kB = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1]);
          if (kB > 0) timeline.push([lines, kB]);
        } catch {
          clearInterval(sampler); // no /proc here, or the process has ended
        }
      }, 100);
    }
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    if (stdin) child.stdin.end(stdin);
    child.on("error", reject);
    child.on("exit", (code) => {
      const wall = performance.now() - t0;
      clearInterval(sampler);
      if (code !== 0 && code !== 1) return reject(new Error(`${path.basename(script)} ${args.join(" ")} exited ${code}: ${err.slice(0, 500)}`));
      const [rssKB, cpuMicros, mainThreadMs] = existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, "utf8")) : [NaN, NaN, null];
      rmSync(rssFile, { force: true });
      resolve({ wall, cpu: cpuMicros / 1000, mainThreadCpu: mainThreadMs ?? NaN, rssMB: rssKB / 1024, timeline, failed: code === 1 });
    });
  });
}

// Runs each of `variants` `runs` times, interleaved (a, b, a, b, …) so that a busy spell on
// the machine hits all of them alike; keeps each one's fastest run and its highest RSS.
async function interleaved(runs, variants) {
  const out = variants.map(() => undefined);
  for (let i = 0; i < runs; i++) {
    for (const [k, fn] of variants.entries()) {
      const r = await fn();
      const prev = out[k];
      const peak = Math.max(prev?.rssMB ?? 0, r.rssMB);
      out[k] = !prev || r.wall < prev.wall ? { ...r, rssMB: peak } : { ...prev, rssMB: peak };
    }
  }
  return out;
}

function sha(file) {
  return new Promise((resolve) => {
    const h = createHash("sha256");
    createReadStream(file)
      .on("data", (d) => h.update(d))
      .on("end", () => resolve(h.digest("hex")));
  });
}

// The corpus `times` over as JSON lines {"id": "3/business/001.txt", "text": …}, streamed.
async function writeJsonl(files, times, file) {
  const out = createWriteStream(file);
  let bytes = 0;
  for (let t = 0; t < times; t++) {
    for (const f of files) {
      const line = JSON.stringify({ id: `${t}/${f.rel}`, text: readFileSync(f.path, "utf8") }) + "\n";
      bytes += Buffer.byteLength(line);
      if (!out.write(line)) await new Promise((r) => out.once("drain", r));
    }
  }
  await new Promise((r) => out.end(r));
  return bytes;
}

function compromiseSample(files, sampleBytes) {
  // Every k-th document, so the sample spreads over the whole corpus.
  const total = files.reduce((a, f) => a + f.size, 0);
  const step = Math.max(1, Math.floor(total / sampleBytes));
  const sample = [];
  let bytes = 0;
  for (let i = 0; i < files.length && bytes < sampleBytes; i += Math.max(1, Math.floor(step))) {
    const text = readFileSync(files[i].path, "utf8");
    sample.push(text);
    bytes += Buffer.byteLength(text);
  }
  const nlp = createRequire(path.join(ROOT, "package.json"))("compromise");
  nlp("Warm up the lexicon, Mr Smith of Acme Corp in Paris.").people().out("array"); // loading is not timed
  const t0 = performance.now();
  let found = 0;
  for (const text of sample) {
    const doc = nlp(text);
    found += doc.people().out("array").length + doc.places().out("array").length + doc.organizations().out("array").length;
  }
  const wall = performance.now() - t0;
  return { docs: sample.length, bytes, wall, found, version: nlp.version };
}

function coldStart(runs) {
  const times = [];
  spawnSync(process.execPath, [BIN, "--format", "json"], { input: SENTENCE + "\n" }); // warm the file cache
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [BIN, "--format", "json"], { input: SENTENCE + "\n", encoding: "utf8" });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`cold start run failed: ${r.stderr}`);
  }
  times.sort((a, b) => a - b);
  return { min: times[0], median: times[Math.floor(times.length / 2)] };
}

const mb = (bytes) => bytes / 1e6;
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : "n/a");
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : "n/a");
const check = (ok) => (ok === null ? "n/a " : ok ? "ok  " : "MISS");

// ---------------------------------------------------------------------------------------

const opts = parseArgs(process.argv.slice(2));
const work = mkdtempSync(path.join(tmpdir(), "newsner-bench-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));

let corpusDir = opts.corpus && path.resolve(opts.corpus);
let corpusName = corpusDir;
if (!corpusDir) {
  const bbc = path.resolve(ROOT, "..", "shared", "corpora", "bbc");
  if (existsSync(bbc)) {
    corpusDir = bbc;
    corpusName = "../shared/corpora/bbc";
  } else {
    corpusDir = path.join(work, "generated");
    generateCorpus(corpusDir);
    corpusName = "generated from fixtures/ (no ../shared/corpora/bbc here)";
  }
}
const files = listCorpus(corpusDir);
const corpusBytes = files.reduce((a, f) => a + f.size, 0);
if (files.length === 0) {
  console.error(`bench: no text files in ${corpusDir}`);
  process.exit(2);
}
const cores = availableParallelism();
const load = loadavg()[0];
const loadAtEnd = () => loadavg()[0];
const log = (s) => !opts.json && process.stderr.write(s + "\n");
log(`bench: ${files.length} documents, ${f1(mb(corpusBytes))} MB in ${corpusName}; ${cores} cores; load average ${f2(load)}; best of ${opts.runs} runs`);

const results = { corpus: { name: corpusName, documents: files.length, megabytes: mb(corpusBytes) }, machine: { cores, node: process.version, loadAverage: load } };

log("bench: cold start …");
results.coldStart = coldStart(Math.max(5, opts.runs * 2 + 1));

const jobsList = cores > 1 ? [1, cores] : [1];
log(`bench: newsner --jobs ${jobsList.join(" and --jobs ")} on the corpus …`);
const outFile = (jobs) => path.join(work, `out-${jobs}.jsonl`);
// newsner on the corpus at each --jobs, runs interleaved; `runOptions(jobs)` goes to runNewsner.
async function corpusFigures(runOptions) {
  const runs = await interleaved(
    opts.runs,
    jobsList.map((jobs) => () => runNewsner([corpusDir, "--format", "jsonl", "--jobs", String(jobs), "--quiet"], runOptions(jobs))),
  );
  return Object.fromEntries(
    jobsList.map((jobs, k) => {
      const r = runs[k];
      return [`jobs${jobs}`, { jobs, wallMs: r.wall, cpuMs: r.cpu, mainThreadCpuMs: r.mainThreadCpu, MBps: mb(corpusBytes) / (r.wall / 1000), docsPerSec: files.length / (r.wall / 1000), peakRssMB: r.rssMB }];
    }),
  );
}
results.newsner = await corpusFigures((jobs) => ({ stdoutFile: outFile(jobs) }));
const hashes = new Set();
for (const jobs of jobsList) hashes.add(await sha(outFile(jobs)));
results.identicalOutput = hashes.size === 1;

// The floor: what every run over the corpus has to do before any rule, as a process of its own
// (scripts/bench-floor.mjs), stage by stage, each stage doing what the one before it does and
// more. A whole newsner run can only be slower than the last stage.
const FLOOR_STAGES = [
  ["gazetteers", "start-up, gazetteers"],
  ["read", "+ reading, a line out each"],
  ["tokens", "+ tokens"],
  ["matches", "+ sentences, gazetteer keys"],
];
log("bench: the floor (start-up, reading, tokens, gazetteer keys; no rules) …");
const listFile = path.join(work, "corpus-files.txt");
writeFileSync(listFile, files.map((f) => f.path).join("\n") + "\n");
const floorRuns = await interleaved(
  opts.runs,
  FLOOR_STAGES.map(([stage]) => () => runNewsner(["--stage", stage, listFile], { script: FLOOR })),
);
results.floor = Object.fromEntries(FLOOR_STAGES.map(([stage], k) => [stage, { wallMs: floorRuns[k].wall, cpuMs: floorRuns[k].cpu, MBps: mb(corpusBytes) / (floorRuns[k].wall / 1000) }]));

// Node starts 4 background threads for V8 (compiling hot code, garbage collection). On a
// machine with fewer spare cores they compete with the thread doing the extraction while the
// engine warms up; one background thread is measured here for comparison (no target).
const POOL_FLAG = "--v8-pool-size=1";
log(`bench: the same with node ${POOL_FLAG} …`);
results.onePoolThread = await corpusFigures(() => ({ nodeFlags: [POOL_FLAG] }));

// The corpus as a stream of JSON lines: once at its own size, then 40 times over in one run
// per --jobs, with the process's RSS sampled as it goes. RSS climbs over the first 10–20
// copies while V8 sizes its heaps (the young generation grows in steps, the old one until its
// first full collections), and from then on memory that grew with the input would grow with
// each copy: "flat" asks that the second half of the stream (20× to 40×) add at most 10% + 10 MB
// to the peak of the first half.
const LONG_TIMES = 40;
const MILESTONES = [10, 20, 40];
log(`bench: corpus as JSON lines, 1× and ${LONG_TIMES}× …`);
results.jsonl = {};
for (const times of [1, LONG_TIMES]) {
  const file = path.join(work, `corpus-${times}x.jsonl`);
  const bytes = await writeJsonl(files, times, file);
  const long = times === LONG_TIMES;
  const runs = await interleaved(
    long ? 1 : opts.runs,
    jobsList.map((jobs) => () => runNewsner(["--input", "jsonl", file, "--jobs", String(jobs), "--quiet"], long ? { rssTimeline: true } : { stdoutFile: path.join(work, "out-jsonl.jsonl") })),
  );
  for (const [k, jobs] of jobsList.entries()) {
    const r = runs[k];
    const figures = { times, jobs, records: files.length * times, megabytes: mb(bytes), wallMs: r.wall, cpuMs: r.cpu, MBps: mb(bytes) / (r.wall / 1000), peakRssMB: r.rssMB };
    if (long) {
      // Highest RSS sampled before the output passed each milestone's last record.
      figures.peakRssByMB = Object.fromEntries(
        MILESTONES.map((m) => {
          const before = r.timeline.filter(([lines]) => lines < m * files.length).map(([, kB]) => kB / 1024);
          return [m, before.length > 0 ? Math.max(...before) : NaN];
        }),
      );
      figures.peakRssByMB[LONG_TIMES] = Math.max(figures.peakRssByMB[LONG_TIMES] || 0, r.rssMB);
    }
    results.jsonl[`x${times}jobs${jobs}`] = figures;
  }
  rmSync(file, { force: true });
}

log(`bench: compromise on a ${f1(opts.sampleBytes / 1e6)} MB sample …`);
const c = compromiseSample(files, opts.sampleBytes);
results.compromise = { version: c.version, documents: c.docs, megabytes: mb(c.bytes), wallMs: c.wall, MBps: mb(c.bytes) / (c.wall / 1000), docsPerSec: c.docs / (c.wall / 1000) };

// Hostile text, in this process: extract() at n and at 2n. A linear stage doubles its time;
// a quadratic one would quadruple it, so the check is a ratio under 3 (best of 2 runs each).
log("bench: hostile text at n and 2n …");
const { extract } = await import(pathToFileURL(path.join(ROOT, "dist", "index.js")).href);
const HOSTILE = {
  "capitalised words in a row": [100_000, (n) => Array.from({ length: n }, (_, i) => ["Okafor", "Lindqvist", "Marchetti", "Minister", "Haddad"][i % 5]).join(" ")],
  // 4 MB and 8 MB: both above the 1 MiB at which a text is extracted in pieces, so the pair
  // compares like with like, and long enough that a garbage collection does not decide the ratio.
  "one long token": [4_000_000, (n) => "Officials in Paris said " + "Zq".repeat(n / 2) + "."],
  // 80,000 and 160,000 triples of quotes a side: 10,000 (0.1 MB) took about 15 ms, too short to time apart
  // from the JIT and the GC; both sizes stay under the characters at which a text is read in pieces.
  "nested quotes": [80_000, (n) => "\u201c'\"".repeat(n) + "Mayor Anne Hidalgo spoke in Paris" + "\"'\u201d".repeat(n)],
  "one-word sentences": [50_000, (n) => Array.from({ length: n }, (_, i) => ["Paris.", "Yes.", "Lindqvist!"][i % 3]).join(" ")],
  "a titled name in every sentence": [20_000, (n) => "President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin, officials said. ".repeat(n)],
};
extract(SENTENCE);
results.hostile = {};
for (const [name, [n, make]] of Object.entries(HOSTILE)) {
  const time = (size) => {
    const text = make(size);
    let best = Infinity;
    for (let k = 0; k < 2; k++) {
      const t0 = performance.now();
      extract(text);
      best = Math.min(best, performance.now() - t0);
    }
    return { megabytes: mb(Buffer.byteLength(text)), ms: best };
  };
  const a = time(n);
  const b = time(2 * n);
  results.hostile[name] = { n, megabytes: a.megabytes, ms: a.ms, msDoubled: b.ms, ratio: b.ms / a.ms };
}

const n1 = results.newsner.jobs1;
const nN = results.newsner[`jobs${cores}`] ?? n1;
results.ratio = n1.MBps / results.compromise.MBps;
results.speedup = nN.MBps / n1.MBps;
// --jobs 1 already keeps more than one core busy (V8 compiles and collects garbage on other
// threads), so `cores` threads can be at most cores / (cores busy with --jobs 1) times faster,
// even before each worker's own start-up and warm-up.
results.coresBusy = n1.cpuMs / n1.wallMs;
results.jobsCeiling = cores / results.coresBusy;
const j = (times, jobs) => results.jsonl[`x${times}jobs${jobs}`];
results.speedupLong = j(LONG_TIMES, cores > 1 ? cores : 1).MBps / j(LONG_TIMES, 1).MBps;
const rssBy = (jobs, m) => j(LONG_TIMES, jobs).peakRssByMB[m];
const peak = Math.max(...Object.values(results.newsner).map((r) => r.peakRssMB));
results.checks = {
  singleMBps: n1.MBps >= TARGETS.singleMBps,
  vsCompromise: results.ratio >= TARGETS.vsCompromise,
  jobsSpeedup: cores < 2 || results.speedup >= TARGETS.jobsSpeedup,
  coldStart: results.coldStart.median <= TARGETS.coldStartMs,
  peakRss: peak <= TARGETS.peakRssMB,
  // null where RSS could not be sampled (no /proc): the check is not made
  flatMemory: jobsList.some((n) => Number.isNaN(rssBy(n, LONG_TIMES / 2))) ? null : jobsList.every((n) => rssBy(n, LONG_TIMES) <= rssBy(n, LONG_TIMES / 2) * 1.1 + 10 && rssBy(n, LONG_TIMES) <= TARGETS.peakRssMB),
  identicalOutput: results.identicalOutput,
  hostileLinear: Object.values(results.hostile).every((h) => h.ratio < 3),
};

if (opts.json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const rows = [
    ["corpus", `${corpusName}: ${files.length} documents, ${f1(mb(corpusBytes))} MB`],
    ["machine", `${cores} cores, Node ${process.version}, load average ${f2(load)} at start, ${f2(loadAtEnd())} at end (other work on the machine slows every figure)`],
    ["", ""],
    [`newsner --jobs 1`, `${f2(n1.MBps)} MB/s  ${Math.round(n1.docsPerSec)} docs/s  (${(n1.wallMs / 1000).toFixed(2)} s wall, ${(n1.cpuMs / 1000).toFixed(2)} s CPU, peak RSS ${Math.round(n1.peakRssMB)} MB)`],
  ];
  if (Number.isFinite(n1.mainThreadCpuMs)) {
    const background = n1.cpuMs - n1.mainThreadCpuMs;
    rows.push([`  CPU by thread`, `${(n1.mainThreadCpuMs / 1000).toFixed(2)} s extracting, ${(background / 1000).toFixed(2)} s V8 background threads (compiling, garbage collection): ${f2(results.coresBusy)} cores busy with --jobs 1`]);
  }
  if (cores > 1) rows.push([`newsner --jobs ${cores}`, `${f2(nN.MBps)} MB/s  ${Math.round(nN.docsPerSec)} docs/s  (${(nN.wallMs / 1000).toFixed(2)} s wall, ${(nN.cpuMs / 1000).toFixed(2)} s CPU, peak RSS ${Math.round(nN.peakRssMB)} MB)`]);
  if (cores > 1) rows.push([`  --jobs ${cores} ceiling`, `${cores} cores / ${f2(results.coresBusy)} cores busy with --jobs 1 = ${f2(results.jobsCeiling)}× at most, before each worker's own start-up and warm-up`]);
  const budget = mb(corpusBytes) / TARGETS.singleMBps;
  rows.push([`floor, no rules`, `what every run does first (scripts/bench-floor.mjs); a ${TARGETS.singleMBps} MB/s run ends by ${budget.toFixed(2)} s`]);
  for (const [stage, label] of FLOOR_STAGES) {
    const r = results.floor[stage];
    rows.push([`  ${label}`, `${(r.wallMs / 1000).toFixed(2)} s wall, ${(r.cpuMs / 1000).toFixed(2)} s CPU  (${f1(r.MBps)} MB/s, ${Math.round((100 * r.wallMs) / 1000 / budget)}% of the ${TARGETS.singleMBps} MB/s budget)`]);
  }
  rows.push(
    [`compromise ${c.version}`, `${f2(results.compromise.MBps)} MB/s  ${Math.round(results.compromise.docsPerSec)} docs/s  (sample of ${c.docs} documents, ${f2(mb(c.bytes))} MB; people+places+organizations; load not timed)`],
    ...jobsList.map((n) => {
      const r = results.onePoolThread[`jobs${n}`];
      return [`node ${POOL_FLAG}, --jobs ${n}`, `${f2(r.MBps)} MB/s  (${(r.wallMs / 1000).toFixed(2)} s wall, ${(r.cpuMs / 1000).toFixed(2)} s CPU; no target, for comparison)`];
    }),
    ["newsner / compromise", `${f1(results.ratio)}× (single-threaded)`],
    [`--jobs ${cores} / --jobs 1`, `${f2(results.speedup)}× on the corpus, ${f2(results.speedupLong)}× on it ${LONG_TIMES}× as JSON lines  (output identical: ${results.identicalOutput ? "yes" : "NO"})`],
    ["cold start", `${Math.round(results.coldStart.median)} ms median, ${Math.round(results.coldStart.min)} ms best (echo <one sentence> | newsner --format json)`],
    ...jobsList.flatMap((n) =>
      [1, LONG_TIMES].map((times) => [
        `JSONL ${times}× --jobs ${n}`,
        `${j(times, n).records} records, ${f1(j(times, n).megabytes)} MB: ${f2(j(times, n).MBps)} MB/s (${(j(times, n).cpuMs / 1000).toFixed(1)} s CPU), peak RSS ${Math.round(j(times, n).peakRssMB)} MB` +
          (times === LONG_TIMES ? ` (${MILESTONES.map((m) => `${Math.round(rssBy(n, m))} MB by ${m}×`).join(", ")})` : ""),
      ]),
    ),
  );
  for (const [name, h] of Object.entries(results.hostile)) {
    rows.push([`hostile: ${name}`, `${f1(h.megabytes)} MB in ${Math.round(h.ms)} ms, twice that in ${Math.round(h.msDoubled)} ms (${f2(h.ratio)}×)`]);
  }
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(rows.map(([k, v]) => (k === "" ? "" : `${k.padEnd(width)}  ${v}`)).join("\n"));
  console.log("\ntargets");
  const t = results.checks;
  console.log(`  ${check(t.singleMBps)} --jobs 1 at least ${TARGETS.singleMBps} MB/s: ${f2(n1.MBps)}`);
  console.log(`  ${check(t.vsCompromise)} at least ${TARGETS.vsCompromise}× compromise: ${f1(results.ratio)}×`);
  if (cores > 1) console.log(`  ${check(t.jobsSpeedup)} --jobs ${cores} at least ${TARGETS.jobsSpeedup}× --jobs 1: ${f2(results.speedup)}×`);
  console.log(`  ${check(t.coldStart)} cold start at most ${TARGETS.coldStartMs} ms: ${Math.round(results.coldStart.median)} ms`);
  console.log(`  ${check(t.peakRss)} peak RSS at most ${TARGETS.peakRssMB} MB on the corpus: ${Math.round(peak)} MB`);
  console.log(`  ${check(t.flatMemory)} memory flat: peak RSS by ${LONG_TIMES}× the corpus within 10% + 10 MB of the peak by ${LONG_TIMES / 2}×, and under ${TARGETS.peakRssMB} MB: ${jobsList.map((n) => `--jobs ${n} ${MILESTONES.map((m) => Math.round(rssBy(n, m))).join(" → ")} MB`).join(", ")}`);
  console.log(`  ${check(t.identicalOutput)} --jobs ${cores} output identical to --jobs 1`);
  console.log(`  ${check(t.hostileLinear)} hostile text linear: twice the text in under 3× the time (${Object.values(results.hostile).map((h) => `${f2(h.ratio)}×`).join(", ")})`);
}
