import { describe, expect, it } from "vitest";
import { loadGazetteerFiles } from "../../src/gazetteer/load.js";
import { restoreGazetteer, snapshotGazetteer } from "../../src/gazetteer/snapshot.js";
import { extract } from "../../src/index.js";

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
    expect(restored.trie.nodes.size).toBe(parsed.trie.nodes.size);
    for (const [path, node] of parsed.trie.nodes) {
      const back = restored.trie.nodes.get(path);
      expect(back, path).toBeDefined();
      expect([back!.hasChildren, back!.variants]).toEqual([node.hasChildren, node.variants]);
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
