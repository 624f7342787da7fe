import type { MentionForm } from "../types.js";
import { foldCase, keyTokens } from "../text/tokenize.js";
import { addLowerStart, emptyTrie, type Gazetteer, type GazetteerEntry, type KeyVariant, type Trie, type TrieNode } from "./gazetteer.js";
import type { ParsedEntry } from "./parse.js";

export interface SourceFile {
  /** Label used in results ("gazetteers/orgs.tsv"). */
  file: string;
  entries: ParsedEntry[];
}

/** Attributes that steer matching and are not facts about the entity. */
const MATCHER_ONLY = new Set(["form", "context", "context_aliases", "nickname"]);

function aliasForm(entry: GazetteerEntry, alias: string): MentionForm {
  if (entry.attributes.form === "demonym") return "demonym";
  if (entry.attributes.acronym && entry.attributes.acronym.split(",").includes(alias)) return "acronym";
  return "alias";
}

/** Entries sharing type and canonical name become one entry; later files add aliases to earlier ones. */
export function compileGazetteer(files: SourceFile[], words: Map<string, ReadonlySet<string>>): Gazetteer {
  // "Wednesday" (Sheffield Wednesday), "Owls": a nickname that is an ordinary word or a day never names the club alone
  const ordinary = (w: string) => (words.get("common-words")?.has(w.toLowerCase()) ?? false) || (words.get("not-names")?.has(w) ?? false) || (words.get("common-words")?.has(w.toLowerCase().replace(/s$/, "")) ?? false);
  const entries: GazetteerEntry[] = [];
  const byKey = new Map<string, GazetteerEntry>();
  const root: Trie = emptyTrie();
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
      // nicknames ("Yankees", "Gunners") name the club only in sports copy, like context aliases
      const nicknames = (p.attributes.nickname ?? "").split(",").map((a) => a.trim());
      const contextAliases = [...(p.attributes.context_aliases ?? "").split(",").map((a) => a.trim()), ...nicknames.filter((n) => !ordinary(n))].filter(Boolean);
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

/** Adds one key to the trie, unless the same entry already has it. */
function insert(root: Trie, variant: KeyVariant): void {
  const first = variant.tokens[0];
  if (first && first[0] !== first[0].toUpperCase()) addLowerStart(root, first);
  let level = root.roots;
  let node: TrieNode | undefined;
  for (const token of variant.tokens) {
    if (node) level = node.children ??= new Map();
    const key = foldCase(token);
    node = level.get(key);
    if (!node) {
      node = { variants: null, children: null };
      level.set(key, node);
    }
  }
  if (!node) return;
  const list = node.variants ?? (node.variants = []);
  const same = (v: KeyVariant) => v.entry === variant.entry && v.needsContext === variant.needsContext && v.tokens.join(" ") === variant.tokens.join(" ");
  if (!list.some(same)) list.push(variant);
}
