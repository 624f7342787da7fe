import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build.js";
import type { DocumentResult } from "../../src/types.js";

function doc(source: string, names: Array<[string, string, number]>, relations: DocumentResult["relations"] = []): DocumentResult {
  return {
    source,
    entities: names.map(([type, name, mentions], k) => ({
      id: `e${k + 1}`,
      type: type as DocumentResult["entities"][number]["type"],
      name,
      aliases: [],
      mentions: Array.from({ length: mentions }, (_, j) => ({ start: k * 100 + j * 10, end: k * 100 + j * 10 + 5, text: name, form: "name" as const })),
      attributes: {},
      source: "rule:test",
    })),
    relations,
  };
}

const ev = (n: number) => Array.from({ length: n }, (_, k) => ({ start: k, end: k + 1, text: "x" }));

describe("graph", () => {
  const a = doc(
    "a.txt",
    [["PERSON", "Darvel Quennick", 3], ["COUNTRY", "Karvossa", 2], ["ORGANIZATION", "Brenmark Harbour Authority", 1]],
    [
      { type: "holds_role", subject: "e1", object: "e2", role: "Foreign Minister", evidence: ev(2), source: "rule:x" },
      { type: "bilateral", subject: "e2", object: "e3", evidence: ev(1), source: "rule:y" },
    ],
  );
  const b = doc(
    "b.txt",
    [["COUNTRY", "Karvossa", 4], ["PERSON", "Darvel Quennick", 1], ["LOCATION", "Karvossa", 1]],
    [{ type: "holds_role", subject: "e2", object: "e1", role: "Foreign Minister", evidence: ev(1), source: "rule:x" }],
  );

  it("merges entities across documents by canonical name and type, counting documents and mentions", () => {
    const g = buildGraph([{ result: a }, { result: b }]);
    expect(g.nodes.map((n) => [n.id, n.type, n.name, n.documents, n.mentions])).toEqual([
      ["n1", "PERSON", "Darvel Quennick", 2, 4],
      ["n2", "COUNTRY", "Karvossa", 2, 6],
      ["n3", "ORGANIZATION", "Brenmark Harbour Authority", 1, 1],
      ["n4", "LOCATION", "Karvossa", 1, 1],
    ]);
  });

  it("merges relations by ends, type and role, counting evidence and listing supporting documents", () => {
    const g = buildGraph([{ result: a }, { result: b }]);
    expect(g.edges).toEqual([
      { source: "n1", target: "n2", kind: "relation", type: "holds_role", role: "Foreign Minister", count: 3, documents: ["a.txt", "b.txt"], directed: true },
      { source: "n2", target: "n3", kind: "relation", type: "bilateral", count: 1, documents: ["a.txt"], directed: false },
    ]);
  });

  it("adds co-occurrence edges for entities named in one sentence only when asked", () => {
    // a.txt mentions: e1 at 0,10,20; e2 at 100,110; e3 at 200. One sentence holds e1 and e2, another e2 and e3.
    const sentences: Array<[number, number]> = [[0, 105], [106, 300]];
    expect(buildGraph([{ result: a, sentences }]).edges.every((e) => e.kind === "relation")).toBe(true);
    const g = buildGraph([{ result: a, sentences }, { result: a, sentences: [[0, 300]] }], { cooccurrence: true });
    const co = g.edges.filter((e) => e.kind === "cooccurrence").map((e) => [e.source, e.target, e.count, e.documents.length, e.directed]);
    expect(co).toEqual([
      ["n1", "n2", 2, 1, false],
      ["n2", "n3", 2, 1, false],
      ["n1", "n3", 1, 1, false],
    ]);
  });

  it("is empty for no documents", () => {
    expect(buildGraph([])).toEqual({ nodes: [], edges: [] });
  });
});

describe("graph: surnames across documents", () => {
  it("joins a lone surname to the corpus's only full name ending in it, and not when two do", () => {
    const one = doc("a.txt", [["PERSON", "Darvel Quennick", 2]]);
    const two = doc("b.txt", [["PERSON", "Quennick", 3]]);
    expect(buildGraph([{ result: one }, { result: two }]).nodes.map((n) => [n.name, n.documents, n.mentions])).toEqual([["Darvel Quennick", 2, 5]]);
    const other = doc("c.txt", [["PERSON", "Anna Quennick", 1]]);
    expect(buildGraph([{ result: one }, { result: two }, { result: other }]).nodes.map((n) => n.name)).toEqual([
      "Darvel Quennick",
      "Quennick",
      "Anna Quennick",
    ]);
  });
});
