// Batch use driven in-process through run(argv, io): folder trees, JSONL streams, --jobs,
// --out with resume, --summary, --max-bytes and the progress line. Worker threads run the
// built dist/ (npm test builds first).
import { readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { documents, jsonl } from "./corpus.js";
import { fakeIO } from "./fake-io.js";
import { makeTree, PNG_BYTES } from "./tmp.js";

const DOCS = documents(60);
const RECORDS = jsonl(documents(240));
const LAVROV = "Russian Foreign Minister Sergei Lavrov met NATO officials in Brussels.";

const files: Record<string, string | Uint8Array> = {
  "tree/a/deeper/story": "Lavrov told reporters in Moscow that Russia would not change course.\n", // no extension: sniffed
  "tree/a/nested.md": LAVROV + "\n",
  "tree/b-wire.txt": "President Emomali Rahmon of Tajikistan spoke in Dushanbe on Monday.\n",
  "tree/c/image.png": PNG_BYTES,
  "tree/c/blob": new Uint8Array([0x41, 0x00, 0x42]),
  "tree/c/page.html": "<p>Angela Merkel in Berlin</p>",
  "tree/c/notes.TXT": "Angela Merkel spoke in Berlin.\n",
  "tree/.hidden/x.txt": LAVROV,
  "outside/far.txt": "Xi Jinping visited Astana.\n",
  "records.jsonl": RECORDS,
  "big/small.txt": "Sergei Lavrov spoke in Moscow.\n",
  "big/large.txt": "Lavrov spoke at length. ".repeat(200),
};
DOCS.forEach((text, i) => (files[`corpus/${String(Math.floor(i / 10))}/doc-${String(i).padStart(3, "0")}.txt`] = text));
const tree = makeTree(files);
// A loop (a link back to an ancestor), a second way into a folder already walked, a link
// to a folder outside the tree, and a dangling link.
symlinkSync("..", path.join(tree.root, "tree/a/deeper/up"));
symlinkSync("../a", path.join(tree.root, "tree/c/again"));
symlinkSync("../outside", path.join(tree.root, "tree/link-out"));
symlinkSync("nowhere.txt", path.join(tree.root, "tree/c/dangling.txt"));
afterAll(() => tree.cleanup());

async function newsner(argv: string[], options: Parameters<typeof fakeIO>[0] = {}) {
  const io = fakeIO({ cwd: tree.root, ...options });
  const code = await run(argv, io);
  return { code, out: io.out, err: io.err };
}

const sources = (out: string) => out.trimEnd().split("\n").map((l) => (JSON.parse(l) as { source: string }).source);

describe("folders", () => {
  it("walks nested folders in sorted order, skips non-text and hidden files, follows a symlink loop no further than once", async () => {
    const r = await newsner(["tree", "--format", "jsonl"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(sources(r.out)).toEqual([
      "tree/a/deeper/story",
      "tree/a/nested.md",
      "tree/b-wire.txt",
      "tree/c/notes.TXT",
      "tree/link-out/far.txt", // a linked folder outside the tree is walked under the link's name
    ]);
  });

  it("--ext takes only the listed extensions (and no extension-less files)", async () => {
    const r = await newsner(["tree", "--format", "jsonl", "--ext", "md,.html"]);
    expect(sources(r.out)).toEqual(["tree/a/nested.md", "tree/c/page.html"]);
  });

  it("--glob filters by the path below the folder; without --ext any matching text file is taken", async () => {
    expect(sources((await newsner(["tree", "--format", "jsonl", "--glob", "c/*"])).out)).toEqual(["tree/c/notes.TXT", "tree/c/page.html"]);
    expect(sources((await newsner(["tree", "--format", "jsonl", "--glob", "*.md", "--glob", "**/*wire*"])).out)).toEqual([
      "tree/a/nested.md",
      "tree/b-wire.txt",
    ]);
    expect(sources((await newsner(["tree", "--format", "jsonl", "--glob", "**/*", "--ext", "txt"])).out)).toEqual([
      "tree/b-wire.txt",
      "tree/c/notes.TXT",
      "tree/link-out/far.txt",
    ]);
  });

  it("rejects a bad --glob or --ext as a usage error", async () => {
    expect((await newsner(["tree", "--glob", "*.{txt"])).code).toBe(2);
    expect((await newsner(["tree", "--ext", ","])).code).toBe(2);
  });
});

describe("--jobs", () => {
  it.each(["jsonl", "json", "table"])("--jobs 2 prints exactly what --jobs 1 prints (--format %s)", async (format) => {
    const one = await newsner(["corpus", "tree", "missing.txt", "--format", format, "--jobs", "1"]);
    const two = await newsner(["corpus", "tree", "missing.txt", "--format", format, "--jobs", "2"]);
    expect(one.code).toBe(1); // missing.txt
    expect(two).toEqual(one);
    if (format === "jsonl") expect(one.out.trimEnd().split("\n")).toHaveLength(DOCS.length + 6);
  });

  it("--jobs 3 on JSON lines prints exactly what --jobs 1 prints", async () => {
    const one = await newsner(["--input", "jsonl", "--jobs", "1"], { input: RECORDS });
    const three = await newsner(["--input", "jsonl", "--jobs", "3"], { input: RECORDS });
    expect(three).toEqual(one);
  });

  it("rejects --jobs 0", async () => {
    expect((await newsner(["corpus", "--jobs", "0"])).code).toBe(2);
  });

  it("a bad --gazetteer file is a usage error with workers too", async () => {
    writeFileSync(path.join(tree.root, "bad.tsv"), "# broken\nname\ttype\taliases\tattributes\nNowhere Thing\tWIDGET\t\t\n");
    const r = await newsner(["corpus", "--gazetteer", "bad.tsv", "--jobs", "2"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^newsner: bad\.tsv:3: unknown type "WIDGET"/);
    expect(r.out).toBe("");
  });
});

describe("--input jsonl", () => {
  const lines = RECORDS.trimEnd().split("\n");

  it("answers every record with one line, in order, its id as source, from stdin or a file", async () => {
    for (const argv of [["--input", "jsonl"], ["--input", "jsonl", "records.jsonl"]]) {
      const r = await newsner(argv, { input: RECORDS });
      expect(r.code).toBe(0);
      const out = r.out.trimEnd().split("\n");
      expect(out).toHaveLength(lines.length);
      expect(out.map((l) => JSON.parse(l).source)).toEqual(lines.map((l) => JSON.parse(l).id));
    }
  });

  it("gives each record the result that extracting its text alone gives", async () => {
    const record = JSON.parse(lines[7]!) as { id: string; text: string };
    const alone = await newsner(["--format", "jsonl"], { input: record.text });
    const streamed = await newsner(["--input", "jsonl"], { input: RECORDS });
    expect(streamed.out.split("\n")[7]).toBe(alone.out.trimEnd().replace('"source":"-"', `"source":"${record.id}"`));
  });

  it("reports a bad line in its place, under input:line when it has no id, and exits 1", async () => {
    const input = '{"id":"a","text":"Lavrov spoke."}\nnot json\n\n{"text":"Merkel spoke."}\n{"id":"d","body":"x"}\n';
    const r = await newsner(["--input", "jsonl"], { input });
    expect(r.code).toBe(1);
    expect(sources(r.out)).toEqual(["a", "-:2", "-:4", "d"]);
    expect(r.err).toBe('newsner: -:2: not valid JSON\nnewsner: d: no "text" field\n');
  });

  it("reads renamed fields", async () => {
    const r = await newsner(["--input", "jsonl", "--text-field", "body", "--id-field", "url"], { input: '{"url":"https://example.org/1","body":"Lavrov spoke in Moscow."}\n' });
    expect(sources(r.out)).toEqual(["https://example.org/1"]);
    expect(r.out).toContain('"name":"Moscow"');
  });

  it.each(["1", "2"])("answers each record before the next one arrives (--jobs %s)", async (jobs) => {
    // A producer that sends one record and waits for its answer: a streaming mapper.
    const io = fakeIO({ cwd: tree.root });
    const sent = lines.slice(0, 5);
    io.stdin = (async function* () {
      for (let i = 0; i < sent.length; i++) {
        yield Buffer.from(sent[i]! + "\n");
        const deadline = Date.now() + 20_000;
        while (io.out.split("\n").length - 1 < i + 1) {
          if (Date.now() > deadline) throw new Error(`no answer to record ${i + 1}`);
          await new Promise((r) => setTimeout(r, 5));
        }
      }
    })();
    expect(await run(["--input", "jsonl", "--jobs", jobs], io)).toBe(0);
    expect(sources(io.out)).toEqual(sent.map((l) => JSON.parse(l).id));
  });

  it.each(["1", "2"])("waits for a slow reader of standard output instead of holding results (--jobs %s)", async (jobs) => {
    // 300 records are five batches; the reader takes nothing until the test lets it.
    const records = jsonl(documents(300));
    const io = fakeIO({ cwd: tree.root, input: records });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let firstWait!: (linesSoFar: number) => void;
    const waiting = new Promise<number>((resolve) => (firstWait = resolve));
    let behind = true;
    io.outputDrained = () => {
      if (!behind) return undefined;
      firstWait(io.out.split("\n").length - 1);
      return gate;
    };
    const done = run(["--input", "jsonl", "--jobs", jobs], io);
    const linesWhenBehind = await Promise.race([waiting, done.then(() => -1)]); // -1: it never asked
    await new Promise((r) => setTimeout(r, 300));
    expect(linesWhenBehind).toBeGreaterThan(0);
    expect(io.out.split("\n").length - 1).toBe(linesWhenBehind); // nothing more printed while the reader is behind
    behind = false;
    release();
    expect(await done).toBe(0);
    expect(sources(io.out)).toEqual(records.trim().split("\n").map((l) => JSON.parse(l).id));
  });

  it("prints a JSON array with --format json", async () => {
    const r = await newsner(["--input", "jsonl", "--format", "json"], { input: lines.slice(0, 3).join("\n") });
    expect((JSON.parse(r.out) as { source: string }[]).map((d) => d.source)).toEqual(["doc-0001", "doc-0002", "doc-0003"]);
  });

  it("--text-field without --input jsonl is a usage error", async () => {
    expect((await newsner(["corpus", "--text-field", "body"])).code).toBe(2);
  });
});

describe("--out and --skip-existing", () => {
  it("writes one .json per input, mirroring the tree, each equal to that input's own JSON", async () => {
    const out = path.join(tree.root, "out-mirror");
    const r = await newsner(["corpus", "--out", out]);
    expect(r).toEqual({ code: 0, out: "", err: "" });
    expect(readdirSync(out).sort()).toEqual(["0", "1", "2", "3", "4", "5"]);
    expect(readdirSync(path.join(out, "0"))[0]).toBe("doc-000.txt.json");
    const single = await newsner(["corpus/2/doc-023.txt", "--format", "json"]);
    expect(readFileSync(path.join(out, "2/doc-023.txt.json"), "utf8")).toBe(single.out);
  });

  it("keeps each named path's own name on top when several are given", async () => {
    const out = path.join(tree.root, "out-several");
    await newsner(["corpus/1", "tree/b-wire.txt", "--out", out]);
    expect(readdirSync(out).sort()).toEqual(["1", "b-wire.txt.json"]);
    expect((await newsner(["corpus/1", "tree/a/../../corpus/1", "--out", out])).code).toBe(2); // both named "1"
  });

  it("resumes an interrupted run: existing results are kept, missing ones written, partial files replaced", async () => {
    const out = path.join(tree.root, "out-resume");
    const full = path.join(tree.root, "out-full");
    await newsner(["corpus", "--out", full]);
    await newsner(["corpus", "--out", out]);
    // As an interrupted run leaves it: some results missing, one half-written under its
    // temporary name, and (to see it is not redone) one kept result marked.
    rmSync(path.join(out, "3/doc-031.txt.json"));
    rmSync(path.join(out, "5/doc-059.txt.json"));
    writeFileSync(path.join(out, "3/.doc-031.txt.json.partial"), '{"source": "corpus/3/doc-0');
    writeFileSync(path.join(out, "0/doc-000.txt.json"), "kept\n");
    const before = statSync(path.join(out, "1/doc-010.txt.json")).mtimeMs;

    const r = await newsner(["corpus", "--out", out, "--skip-existing", "--jobs", "2"]);
    expect(r).toEqual({ code: 0, out: "", err: "" });
    expect(readFileSync(path.join(out, "0/doc-000.txt.json"), "utf8")).toBe("kept\n");
    expect(statSync(path.join(out, "1/doc-010.txt.json")).mtimeMs).toBe(before);
    expect(readdirSync(path.join(out, "3")).filter((f) => f.endsWith(".partial"))).toEqual([]);
    for (const f of ["3/doc-031.txt.json", "5/doc-059.txt.json"]) {
      expect(readFileSync(path.join(out, f), "utf8")).toBe(readFileSync(path.join(full, f), "utf8"));
    }
  });

  it("writes a JSONL input's results to one file of the same name", async () => {
    const out = path.join(tree.root, "out-jsonl");
    const r = await newsner(["--input", "jsonl", "records.jsonl", "--out", out, "--jobs", "2"]);
    expect(r.code).toBe(0);
    const streamed = await newsner(["--input", "jsonl", "records.jsonl"]);
    expect(readFileSync(path.join(out, "records.jsonl"), "utf8")).toBe(streamed.out);
    expect(readdirSync(out)).toEqual(["records.jsonl"]);
  });

  it("refuses --skip-existing without --out, and --out with standard input", async () => {
    expect((await newsner(["corpus", "--skip-existing"])).code).toBe(2);
    const r = await newsner(["--out", "somewhere"], { input: LAVROV });
    expect(r.code).toBe(2);
    expect(r.err).toContain("--out");
  });
});

describe("--summary", () => {
  it("adds up entities across documents by canonical name, the same for any --jobs", async () => {
    const docs = ["Sergei Lavrov met officials in Brussels.", "Lavrov later flew to Moscow. Sergei Lavrov spoke.", "Angela Merkel spoke in Berlin."];
    docs.forEach((d, i) => writeFileSync(path.join(tree.root, `sum-${i}.txt`), d));
    const args = ["sum-0.txt", "sum-1.txt", "sum-2.txt", "--summary", "--format", "json"];
    const r = await newsner([...args, "--jobs", "1"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { documents: number; entities: Record<string, { name: string; mentions: number; documents: number }[]> };
    expect(report.documents).toBe(3);
    expect(Object.keys(report.entities)).toEqual(["PERSON", "COUNTRY", "LOCATION", "ORGANIZATION"]);
    expect(report.entities.PERSON![0]).toEqual({ name: "Sergei Lavrov", mentions: 3, documents: 2 });
    expect((await newsner([...args, "--jobs", "2"])).out).toBe(r.out);
  });

  it("prints a table by default, with --types narrowing it", async () => {
    const r = await newsner(["corpus", "--summary", "--types", "PERSON", "--top", "3"]);
    expect(r.out).toMatch(/^corpus summary {2}60 documents\n/);
    expect(r.out).toContain("│ PERSON");
    expect(r.out).not.toContain("│ COUNTRY");
    expect(r.out.match(/│ PERSON/g)).toHaveLength(3);
  });

  it("with --out and --skip-existing counts the results already there", async () => {
    const out = path.join(tree.root, "out-summary");
    const first = await newsner(["corpus", "--out", out, "--summary", "--format", "jsonl"]);
    rmSync(path.join(out, "4"), { recursive: true });
    const resumed = await newsner(["corpus", "--out", out, "--skip-existing", "--summary", "--format", "jsonl"]);
    expect(resumed.out).toBe(first.out);
    expect(JSON.parse(first.out).documents).toBe(60);
  });
});

describe("--max-bytes", () => {
  it("gives an over-large file an error record and goes on", async () => {
    const r = await newsner(["big", "--format", "jsonl", "--max-bytes", "1k"]);
    expect(r.code).toBe(1);
    const [large, small] = r.out.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(large).toEqual({ source: "big/large.txt", error: { code: "TOO_LARGE", message: "larger than --max-bytes (1024 bytes)" } });
    expect(small.entities.length).toBeGreaterThan(0);
  });

  it("does the same for standard input and for an over-long JSON line", async () => {
    expect(JSON.parse((await newsner(["--format", "json", "--max-bytes", "10"], { input: LAVROV })).out).error.code).toBe("TOO_LARGE");
    const input = JSON.stringify({ id: "long", text: "x".repeat(500) }) + "\n" + JSON.stringify({ id: "ok", text: LAVROV }) + "\n";
    const r = await newsner(["--input", "jsonl", "--max-bytes", "200"], { input });
    expect(r.out.trimEnd().split("\n").map((l) => JSON.parse(l).error?.code ?? "ok")).toEqual(["TOO_LARGE", "ok"]);
  });

  it("rejects a size it cannot read", async () => {
    expect((await newsner(["big", "--max-bytes", "lots"])).code).toBe(2);
  });
});

describe("progress", () => {
  it("draws on stderr when stderr is a terminal, and never on stdout", async () => {
    const quietRun = await newsner(["corpus", "--format", "jsonl"]);
    const r = await newsner(["corpus", "--format", "jsonl"], { stderrIsTTY: true });
    expect(r.err).toMatch(/\r\u001b\[K\d+ files {2}[\d.]+ MB {2}[\d.]+ MB\/s/);
    expect(r.err.endsWith("\r\u001b[K")).toBe(true); // the line is cleared at the end
    expect(r.out).toBe(quietRun.out);
    expect(quietRun.err).toBe("");
  });

  it("is off with --quiet", async () => {
    const r = await newsner(["corpus", "--format", "jsonl", "--quiet"], { stderrIsTTY: true });
    expect(r.err).toBe("");
  });
});
