import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fingerprint, freshSnapshot, loadGazetteerFiles, parseGazetteerFiles } from "../../src/gazetteer/load.js";
import { restoreGazetteer, snapshotGazetteer, snapshotJson } from "../../src/gazetteer/snapshot.js";
import { extract } from "../../src/index.js";
import type { TrieNode } from "../../src/gazetteer/gazetteer.js";

/** Every node of a trie by its path, the lower-cased tokens one space apart. */
function nodesByPath(level: Map<string, TrieNode>, prefix = "", out = new Map<string, TrieNode>()): Map<string, TrieNode> {
  for (const [token, node] of level) {
    const path = prefix + token;
    out.set(path, node);
    if (node.children) nodesByPath(node.children, path + " ", out);
  }
  return out;
}

describe("gazetteer snapshot", () => {
  const parsed = loadGazetteerFiles();
  const json = snapshotJson(snapshotGazetteer(parsed, "test"));
  const restored = restoreGazetteer(JSON.parse(json));

  it("is ASCII JSON whose separators occur nowhere in the gazetteers", () => {
    expect(json).toMatch(/^[\x20-\x7e]*$/);
    const separators = (JSON.parse(json) as { separators: string }).separators;
    expect(separators).toHaveLength(2);
    const texts = parsed.entries.flatMap((e) => [e.name, ...e.aliases, ...Object.entries(e.attributes).flat()]).join("\n");
    for (const separator of separators) expect(texts.includes(separator), separator).toBe(false);
  });

  it("keeps every entry with its aliases, attributes and source line", () => {
    expect(restored.entries).toHaveLength(parsed.entries.length);
    for (const k of [0, Math.floor(parsed.entries.length / 2), parsed.entries.length - 1]) {
      const [a, b] = [parsed.entries[k], restored.entries[k]];
      expect([b.name, b.type, b.aliases, b.attributes, b.file, b.line]).toEqual([a.name, a.type, a.aliases, a.attributes, a.file, a.line]);
    }
    expect([...restored.words.keys()]).toEqual([...parsed.words.keys()]);
  });

  it("keeps every trie node with its keys and the lower-case key starts", () => {
    const parsedNodes = nodesByPath(parsed.trie.roots);
    const restoredNodes = nodesByPath(restored.trie.roots);
    expect(restoredNodes.size).toBe(parsedNodes.size);
    for (const [path, node] of parsedNodes) {
      const back = restoredNodes.get(path);
      expect(back, path).toBeDefined();
      expect([back!.children?.size, back!.variants]).toEqual([node.children?.size, node.variants]);
    }
    expect([...restored.trie.lowerStarts].sort()).toEqual([...parsed.trie.lowerStarts].sort());
    expect(restored.trie.lowerStartLengths).toEqual(parsed.trie.lowerStartLengths);
    for (const [name, list] of parsed.words) expect(restored.words.get(name)).toEqual(list);
  });

  it("extracts the same entities as the parsed TSV files", () => {
    const text =
      "DUSHANBE, April 24 (Itar-Tass) – Russia’s Foreign Minister Sergei Lavrov met President Emomali Rahmon. " +
      "The Collective Security Treaty Organization /CSTO/ and Nato met in Brussels, Chattanooga, Tenn. and the Bank of England.";
    expect(extract(text, { gazetteers: restored })).toEqual(extract(text, { gazetteers: parsed }));
  });
});

describe("a gazetteer snapshot beside its TSV files", () => {
  const root = mkdtempSync(join(tmpdir(), "newsner-snapshot-"));
  const dir = join(root, "gazetteers");
  const snapshotPath = join(root, "gazetteers.json");
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const writeGazetteers = () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, "words"), { recursive: true });
    writeFileSync(join(dir, "orgs.tsv"), "name\ttype\taliases\tattributes\nCollective Security Treaty Organization\tORGANIZATION\tCSTO\tacronym=CSTO\n");
    writeFileSync(join(dir, "words", "titles.tsv"), "word\nPresident\n");
    writeFileSync(snapshotPath, snapshotJson(snapshotGazetteer(parseGazetteerFiles(dir, []), fingerprint(dir))));
  };

  it("is used while the files are as they were", () => {
    writeGazetteers();
    const g = freshSnapshot(snapshotPath, dir);
    expect(g?.entries.map((e) => [e.name, e.aliases])).toEqual([["Collective Security Treaty Organization", ["CSTO"]]]);
    expect([...(g?.words.get("titles") ?? [])]).toEqual(["President"]);
  });

  it.each<[string, () => void]>([
    ["an entity file is edited", () => writeFileSync(join(dir, "orgs.tsv"), "name\ttype\taliases\tattributes\nCollective Security Treaty Organization\tORGANIZATION\tODKB\tacronym=CSTO\n")],
    ["a word list is edited", () => writeFileSync(join(dir, "words", "titles.tsv"), "word\nPremier\n")],
    ["a file is added", () => writeFileSync(join(dir, "people.tsv"), "name\ttype\nEmomali Rahmon\tPERSON\n")],
    ["a file is removed", () => unlinkSync(join(dir, "words", "titles.tsv"))],
  ])("is ignored once %s", (_, change) => {
    writeGazetteers();
    change();
    expect(freshSnapshot(snapshotPath, dir)).toBeUndefined();
  });

  it.each<[string, (json: string) => string]>([
    ["cut short", (json) => json.slice(0, json.length >> 1)],
    ["not JSON", () => "\u0000\u0001 not a snapshot"],
    ["JSON of another shape", () => "null"],
  ])("is ignored when it is %s", (_, damage) => {
    writeGazetteers();
    writeFileSync(snapshotPath, damage(readFileSync(snapshotPath, "utf8")));
    expect(freshSnapshot(snapshotPath, dir)).toBeUndefined();
  });
});
