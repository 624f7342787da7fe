import type { MentionForm } from "../types.js";
import { keyTokens } from "../text/tokenize.js";
import type { Gazetteer, GazetteerEntry, KeyVariant, Trie, TrieNode } from "./gazetteer.js";
import type { ParsedEntry } from "./parse.js";

export interface SourceFile {
  /** Label used in results ("gazetteers/orgs.tsv"). */
  file: string;
  entries: ParsedEntry[];
}

/** Attributes that steer matching and are not facts about the entity. */
const MATCHER_ONLY = new Set(["form", "context", "context_aliases", "nickname"]);

function newNode(): TrieNode {
  return { children: new Map(), variants: null };
}

function insert(root: Trie, variant: KeyVariant): void {
  const first = variant.tokens[0];
  if (first && first[0] !== first[0].toUpperCase()) root.lowerStarts.add(first);
  let node: TrieNode = root;
  for (const tok of variant.tokens) {
    const key = tok.toLowerCase();
    let child = node.children.get(key);
    if (!child) {
      child = newNode();
      node.children.set(key, child);
    }
    node = child;
  }
  const list = node.variants ?? (node.variants = []);
  if (!list.some((v) => v.entry === variant.entry && v.tokens.join(" ") === variant.tokens.join(" ") && v.needsContext === variant.needsContext)) list.push(variant);
}

function aliasForm(entry: GazetteerEntry, alias: string): MentionForm {
  if (entry.attributes.form === "demonym") return "demonym";
  if (entry.attributes.acronym && entry.attributes.acronym.split(",").includes(alias)) return "acronym";
  return "alias";
}

/** Entries sharing type and canonical name become one entry; later files add aliases to earlier ones. */
export function compileGazetteer(files: SourceFile[], words: Map<string, ReadonlySet<string>>): Gazetteer {
  const entries: GazetteerEntry[] = [];
  const byKey = new Map<string, GazetteerEntry>();
  const root: Trie = { ...newNode(), lowerStarts: new Set() };
  for (const { file, entries: parsed } of files) {
    for (const p of parsed) {
      const key = `${p.type}\t${p.name}`;
      const existing = byKey.get(key);
      const isDemonymLine = p.attributes.form === "demonym";
      let entry: GazetteerEntry;
      if (existing) {
        entry = existing;
        for (const [k, v] of Object.entries(p.attributes)) if (!MATCHER_ONLY.has(k) && !(k in entry.attributes)) entry.attributes[k] = v;
      } else {
        entry = {
          index: entries.length,
          name: p.name,
          type: p.type,
          aliases: [],
          attributes: Object.fromEntries(Object.entries(p.attributes).filter(([k]) => !MATCHER_ONLY.has(k))),
          file,
          line: p.line,
        };
        entries.push(entry);
        byKey.set(key, entry);
      }
      const needsContext = p.attributes.context === "required";
      if (!isDemonymLine) insert(root, { entry: entry.index, tokens: keyTokens(p.name), form: "name", needsContext });
      const contextAliases = (p.attributes.context_aliases ?? "").split(",").map((a) => a.trim()).filter(Boolean);
      for (const alias of [...p.aliases, ...contextAliases]) {
        if (alias === entry.name) continue;
        const form: MentionForm = isDemonymLine ? "demonym" : aliasForm({ ...entry, attributes: p.attributes }, alias);
        if (!entry.aliases.includes(alias)) entry.aliases.push(alias);
        insert(root, { entry: entry.index, tokens: keyTokens(alias), form, needsContext: needsContext || contextAliases.includes(alias) });
      }
    }
  }
  return { entries, trie: root, words };
}
