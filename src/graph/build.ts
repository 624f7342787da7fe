import type { DocumentResult, EntityType, RelationType } from "../types.js";

// One graph across a batch of documents. Nodes are entities merged across documents by
// canonical name and type ("Sergei Lavrov" PERSON in three articles is one node, seen in 3
// documents with 11 mentions); a person named by surname alone in some article ("Lavrov")
// joins the one person of the corpus whose full name ends in it, if there is exactly one.
// Edges are the extracted relations, merged by ends, type and
// role, with how many evidence sentences and which documents support them; with
// `cooccurrence`, also undirected edges between entities named in the same sentence.

export interface GraphNode {
  /** "n1", "n2", … in order of first appearance. */
  id: string;
  name: string;
  type: EntityType;
  /** Documents that mention the entity. */
  documents: number;
  mentions: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  kind: "relation" | "cooccurrence";
  /** The relation type; "cooccurrence" for co-occurrence edges. */
  type: RelationType | "cooccurrence";
  role?: string;
  /** Relations: evidence sentences; co-occurrence: sentences naming both. */
  count: number;
  /** Sources of the documents that support the edge, in input order. */
  documents: string[];
  /** meets, bilateral and co-occurrence have no direction. */
  directed: boolean;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** A document for the graph: its result and, for co-occurrence, its sentences as code-point ranges. */
export interface GraphInput {
  result: DocumentResult;
  sentences?: ReadonlyArray<readonly [start: number, end: number]>;
}

export interface GraphOptions {
  cooccurrence?: boolean;
}

const SYMMETRIC: ReadonlySet<string> = new Set(["meets", "bilateral"]);

/** Lone surnames → the only full name of a person in the corpus that ends in them. */
function surnameTargets(docs: readonly GraphInput[]): Map<string, string> {
  const fullNames = new Map<string, Set<string>>();
  const lone = new Set<string>();
  for (const { result } of docs) {
    for (const e of result.entities) {
      if (e.type !== "PERSON") continue;
      const words = e.name.split(/\s+/);
      if (words.length === 1) lone.add(e.name);
      else {
        const last = words[words.length - 1]!;
        fullNames.set(last, (fullNames.get(last) ?? new Set()).add(e.name));
      }
    }
  }
  const out = new Map<string, string>();
  for (const name of lone) {
    const full = fullNames.get(name);
    if (full?.size === 1) out.set(name, [...full][0]!);
  }
  return out;
}

export function buildGraph(inputs: Iterable<GraphInput>, options: GraphOptions = {}): Graph {
  const docs = [...inputs];
  const fullName = surnameTargets(docs);
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const nodeFor = (given: string, type: EntityType): GraphNode => {
    const name = type === "PERSON" ? (fullName.get(given) ?? given) : given;
    const key = `${type}\u0000${name}`;
    let node = nodes.get(key);
    if (!node) {
      node = { id: `n${nodes.size + 1}`, name, type, documents: 0, mentions: 0 };
      nodes.set(key, node);
    }
    return node;
  };
  const addEdge = (key: string, make: () => GraphEdge, count: number, source: string) => {
    let edge = edges.get(key);
    if (!edge) {
      edge = make();
      edges.set(key, edge);
    }
    edge.count += count;
    if (edge.documents[edge.documents.length - 1] !== source) edge.documents.push(source);
  };

  for (const { result, sentences } of docs) {
    const byId = new Map<string, GraphNode>();
    for (const e of result.entities) {
      const node = nodeFor(e.name, e.type);
      // Two entities of one document may share a name and type (two people called Smith): one node, one document.
      if (![...byId.values()].includes(node)) node.documents++;
      node.mentions += e.mentions.length;
      byId.set(e.id, node);
    }
    for (const r of result.relations) {
      let a = byId.get(r.subject);
      let b = byId.get(r.object);
      if (!a || !b || a === b) continue;
      const directed = !SYMMETRIC.has(r.type);
      if (!directed && Number(b.id.slice(1)) < Number(a.id.slice(1))) [a, b] = [b, a];
      const key = `r\u0000${a.id}\u0000${b.id}\u0000${r.type}\u0000${r.role ?? ""}`;
      const [s, t] = [a.id, b.id];
      addEdge(
        key,
        () => ({ source: s, target: t, kind: "relation", type: r.type, ...(r.role !== undefined ? { role: r.role } : {}), count: 0, documents: [], directed }),
        r.evidence.length,
        result.source,
      );
    }
    if (options.cooccurrence && sentences) {
      for (const [pair, count] of cooccurrences(result, sentences, byId)) {
        const [s, t] = pair.split("\u0000") as [string, string];
        addEdge(`c\u0000${pair}`, () => ({ source: s, target: t, kind: "cooccurrence", type: "cooccurrence", count: 0, documents: [], directed: false }), count, result.source);
      }
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

// Pairs of distinct nodes named in the same sentence, with the number of such sentences.
function cooccurrences(
  result: DocumentResult,
  sentences: ReadonlyArray<readonly [number, number]>,
  byId: Map<string, GraphNode>,
): Map<string, number> {
  const starts: Array<{ at: number; node: GraphNode }> = [];
  for (const e of result.entities) for (const m of e.mentions) starts.push({ at: m.start, node: byId.get(e.id)! });
  starts.sort((x, y) => x.at - y.at);
  const out = new Map<string, number>();
  let k = 0;
  for (const [start, end] of sentences) {
    while (k < starts.length && starts[k]!.at < start) k++;
    const inside: GraphNode[] = [];
    for (let j = k; j < starts.length && starts[j]!.at < end; j++) if (!inside.includes(starts[j]!.node)) inside.push(starts[j]!.node);
    inside.sort((x, y) => Number(x.id.slice(1)) - Number(y.id.slice(1)));
    for (let a = 0; a < inside.length; a++) {
      for (let b = a + 1; b < inside.length; b++) {
        const key = `${inside[a]!.id}\u0000${inside[b]!.id}`;
        out.set(key, (out.get(key) ?? 0) + 1);
      }
    }
  }
  return out;
}
