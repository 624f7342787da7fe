import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph, type Graph } from "../../src/graph/build.js";
import { graphToCsvEdges, graphToCsvNodes, graphToDot, graphToGraphml } from "../../src/graph/render.js";
import { sentenceRanges } from "../../src/graph/sentences.js";
import { extract, loadGazetteers } from "../../src/index.js";
import { wordList } from "../../src/gazetteer/gazetteer.js";

const TEXTS = [
  "Russian Foreign Minister Sergei Lavrov met Tajik President Emomali Rahmon in Dushanbe. Lavrov said the \"talks\" went well.",
  "Russia and Tajikistan agreed on bilateral cooperation. Lavrov will visit Brussels soon.",
];
const cues = { abbreviations: wordList(loadGazetteers(), "abbreviations") };

function sampleGraph(): Graph {
  return buildGraph(
    TEXTS.map((t, k) => ({ result: extract(t, { source: `doc${k + 1}.txt` }), sentences: sentenceRanges(t, cues) })),
    { cooccurrence: true },
  );
}

// Graphviz is installed by .ci/run; on a developer machine without it the rendering test is skipped.
const hasDot = spawnSync("dot", ["-V"], { stdio: "ignore" }).status === 0;

describe("graph formats", () => {
  it("DOT: a node per entity with its type and counts, escaped labels, edges with relation and role", () => {
    const dot = graphToDot(sampleGraph());
    expect(dot.startsWith("digraph newsner {\n")).toBe(true);
    expect(dot.endsWith("}\n")).toBe(true);
    expect(dot).toMatch(/n\d+ \[label="Sergei Lavrov\\nPERSON · 2 docs · 3 mentions", fillcolor="#[0-9a-f]{6}"\];/);
    expect(dot).toMatch(/n\d+ -> n\d+ \[label="holds_role \(Foreign Minister\)"/);
    expect(dot).toContain("style=dashed");
    expect(graphToDot({ nodes: [{ id: "n1", name: 'Say "hi" \\ bye', type: "MISC", documents: 1, mentions: 1 }], edges: [] })).toContain(
      'label="Say \\"hi\\" \\\\ bye\\nMISC',
    );
  });

  it.skipIf(!hasDot && !process.env.CI)("DOT renders with Graphviz into a PNG", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "newsner-dot-"));
    try {
      const png = path.join(dir, "graph.png");
      const run = spawnSync("dot", ["-Tpng", "-o", png], { input: graphToDot(sampleGraph()), encoding: "utf8" });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      const bytes = readFileSync(png);
      expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(bytes.length).toBeGreaterThan(1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("GraphML: declared keys, one node and edge element each, XML-escaped text, undirected symmetric edges", () => {
    const g = sampleGraph();
    const xml = graphToGraphml(g);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml')).toBe(true);
    expect(xml.match(/<node /g)).toHaveLength(g.nodes.length);
    expect(xml.match(/<edge /g)).toHaveLength(g.edges.length);
    for (const key of ["label", "type", "documents", "mentions", "kind", "relation", "weight"]) expect(xml).toContain(`<key id="${key}"`);
    expect(xml).toContain("<data key=\"label\">Sergei Lavrov</data>");
    expect(xml).toMatch(/<edge id="x\d+" source="n\d+" target="n\d+" directed="false"><data key="kind">cooccurrence<\/data>/);
    const odd = graphToGraphml({ nodes: [{ id: "n1", name: "A & B <C> \"D\"", type: "ORGANIZATION", documents: 1, mentions: 1 }], edges: [] });
    expect(odd).toContain("A &amp; B &lt;C&gt; &quot;D&quot;");
    // Every element that opens is closed.
    const opens = (xml.match(/<(graphml|graph|node|edge|data)\b/g) ?? []).length;
    const closes = (xml.match(/<\/(graphml|graph|node|edge|data)>/g) ?? []).length;
    expect(opens).toBe(closes);
  });

  it("CSV: Gephi's edge and node columns", () => {
    const g = sampleGraph();
    const edges = graphToCsvEdges(g).split("\r\n");
    expect(edges[0]).toBe("Source,Target,Type,Label,Weight,source_name,target_name,kind,relation,role,documents");
    expect(edges).toHaveLength(g.edges.length + 2);
    expect(edges.some((l) => /^n\d+,n\d+,Directed,holds_role \(Foreign Minister\),1,Sergei Lavrov,Russia,relation,holds_role,Foreign Minister,doc1.txt$/.test(l))).toBe(true);
    const nodes = graphToCsvNodes(g).split("\r\n");
    expect(nodes[0]).toBe("Id,Label,type,documents,mentions");
    expect(nodes).toContain("n1,Russia,COUNTRY,2,2");
  });
});
