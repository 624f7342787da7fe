import { describe, expect, it } from "vitest";
import { loadGazetteerFiles } from "../../src/gazetteer/load.js";
import { restoreGazetteer, snapshotGazetteer } from "../../src/gazetteer/snapshot.js";
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
  const restored = restoreGazetteer(JSON.parse(JSON.stringify(snapshotGazetteer(parsed, "test"))));

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
    expect(restored.trie.lowerStartChars).toEqual(parsed.trie.lowerStartChars);
    for (const [name, list] of parsed.words) expect(restored.words.get(name)).toEqual(list);
  });

  it("extracts the same entities as the parsed TSV files", () => {
    const text =
      "DUSHANBE, April 24 (Itar-Tass) – Russia’s Foreign Minister Sergei Lavrov met President Emomali Rahmon. " +
      "The Collective Security Treaty Organization /CSTO/ and Nato met in Brussels, Chattanooga, Tenn. and the Bank of England.";
    expect(extract(text, { gazetteers: restored })).toEqual(extract(text, { gazetteers: parsed }));
  });
});
