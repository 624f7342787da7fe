import { csvRow } from "../format/csv.js";
import type { EntityType } from "../types.js";
import type { Graph, GraphEdge, GraphNode } from "./build.js";

// The graph as text for other tools: DOT for Graphviz (`dot -Tpng`), GraphML for Gephi and
// yEd, and CSV node and edge tables in the column names Gephi's spreadsheet import knows
// (Id, Label; Source, Target, Type, Weight, Label).

export const GRAPH_FORMATS = ["dot", "graphml", "csv", "csv-nodes"] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

// Fill colours by type: light tints of the terminal colours used for types everywhere else.
export const NODE_FILL: Record<EntityType, string> = {
  PERSON: "#c6f1f5", // cyan
  COUNTRY: "#cdeccd", // green
  LOCATION: "#f7efbf", // yellow
  ORGANIZATION: "#f1cdee", // magenta
  MISC: "#cfdcf7", // blue
};

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function edgeLabel(e: GraphEdge): string {
  const what = e.kind === "cooccurrence" ? "same sentence" : e.role ? `${e.type} (${e.role})` : e.type;
  return e.count > 1 ? `${what} ×${e.count}` : what;
}

function dotString(s: string): string {
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\n")}"`;
}

export function graphToDot(graph: Graph): string {
  let out = "digraph newsner {\n";
  out += '  graph [rankdir=LR, fontname="Helvetica", overlap=false];\n';
  out += '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11];\n';
  out += '  edge [fontname="Helvetica", fontsize=9];\n';
  for (const n of graph.nodes) {
    const label = `${n.name}\n${n.type} · ${plural(n.documents, "doc")} · ${plural(n.mentions, "mention")}`;
    out += `  ${n.id} [label=${dotString(label)}, fillcolor="${NODE_FILL[n.type]}"];\n`;
  }
  for (const e of graph.edges) {
    const attrs = [`label=${dotString(edgeLabel(e))}`, `penwidth=${Math.min(1 + Math.log2(e.count), 5).toFixed(1)}`];
    if (!e.directed) attrs.push("dir=none");
    if (e.kind === "cooccurrence") attrs.push("style=dashed", 'color="#999999"', 'fontcolor="#777777"');
    out += `  ${e.source} -> ${e.target} [${attrs.join(", ")}];\n`;
  }
  return out + "}\n";
}

function xml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
}

export function graphToGraphml(graph: Graph): string {
  const keys: Array<[id: string, target: "node" | "edge", name: string, type: string]> = [
    ["label", "node", "label", "string"],
    ["type", "node", "type", "string"],
    ["documents", "node", "documents", "int"],
    ["mentions", "node", "mentions", "int"],
    ["kind", "edge", "kind", "string"],
    ["relation", "edge", "relation", "string"],
    ["role", "edge", "role", "string"],
    ["weight", "edge", "weight", "int"],
    ["sources", "edge", "documents", "string"],
  ];
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  out += '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n';
  out += '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const [id, target, name, type] of keys) out += `  <key id="${id}" for="${target}" attr.name="${name}" attr.type="${type}"/>\n`;
  out += '  <graph id="newsner" edgedefault="directed">\n';
  const data = (key: string, value: string | number) => `<data key="${key}">${xml(String(value))}</data>`;
  for (const n of graph.nodes) {
    out += `    <node id="${n.id}">${data("label", n.name)}${data("type", n.type)}${data("documents", n.documents)}${data("mentions", n.mentions)}</node>\n`;
  }
  graph.edges.forEach((e, k) => {
    const directed = e.directed ? "" : ' directed="false"';
    let d = data("kind", e.kind) + data("relation", e.type);
    if (e.role !== undefined) d += data("role", e.role);
    d += data("weight", e.count) + data("sources", e.documents.join("|"));
    out += `    <edge id="x${k + 1}" source="${e.source}" target="${e.target}"${directed}>${d}</edge>\n`;
  });
  return out + "  </graph>\n</graphml>\n";
}

/** Edges: one row each, with both ends' names beside their ids. */
export function graphToCsvEdges(graph: Graph): string {
  const byId = new Map<string, GraphNode>(graph.nodes.map((n) => [n.id, n]));
  let out = csvRow(["Source", "Target", "Type", "Label", "Weight", "source_name", "target_name", "kind", "relation", "role", "documents"]);
  for (const e of graph.edges) {
    out += csvRow([
      e.source,
      e.target,
      e.directed ? "Directed" : "Undirected",
      edgeLabel(e),
      String(e.count),
      byId.get(e.source)?.name ?? "",
      byId.get(e.target)?.name ?? "",
      e.kind,
      e.type,
      e.role ?? "",
      e.documents.join(" | "),
    ]);
  }
  return out;
}

export function graphToCsvNodes(graph: Graph): string {
  let out = csvRow(["Id", "Label", "type", "documents", "mentions"]);
  for (const n of graph.nodes) out += csvRow([n.id, n.name, n.type, String(n.documents), String(n.mentions)]);
  return out;
}

export function renderGraph(graph: Graph, format: GraphFormat): string {
  switch (format) {
    case "dot":
      return graphToDot(graph);
    case "graphml":
      return graphToGraphml(graph);
    case "csv":
      return graphToCsvEdges(graph);
    case "csv-nodes":
      return graphToCsvNodes(graph);
  }
}
