import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AtomicFile, outPathFor, partialPathFor, writeFileAtomic } from "../../src/batch/out-dir.js";

const root = mkdtempSync(path.join(tmpdir(), "newsner-out-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("--out paths", () => {
  it("mirrors the input tree, adding .json to text inputs and keeping a JSONL input's name", () => {
    expect(outPathFor("/out", "2024/05/story.txt", "text")).toBe("/out/2024/05/story.txt.json");
    expect(outPathFor("/out", "shards/part-0001.jsonl", "jsonl")).toBe("/out/shards/part-0001.jsonl");
    expect(partialPathFor("/out/a/b.txt.json")).toBe("/out/a/.b.txt.json.partial");
  });
});

describe("atomic writes", () => {
  it("writeFileAtomic creates folders and leaves only the final file", () => {
    const target = path.join(root, "deep/er/doc.txt.json");
    writeFileAtomic(target, '{"ok":true}\n');
    expect(readFileSync(target, "utf8")).toBe('{"ok":true}\n');
    expect(readdirSync(path.dirname(target))).toEqual(["doc.txt.json"]);
  });

  it("AtomicFile shows nothing under the final name until commit, and abort leaves nothing", () => {
    const target = path.join(root, "stream/part.jsonl");
    const file = new AtomicFile(target);
    file.write("{}\n");
    expect(existsSync(target)).toBe(false);
    file.commit();
    expect(readFileSync(target, "utf8")).toBe("{}\n");

    const other = path.join(root, "stream/other.jsonl");
    const broken = new AtomicFile(other);
    broken.write("{}\n");
    broken.abort();
    expect(readdirSync(path.join(root, "stream"))).toEqual(["part.jsonl"]);
  });
});
