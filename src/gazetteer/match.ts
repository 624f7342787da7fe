import { TokenKind, type Token } from "../text/tokenize.js";
import type { Sentence } from "../text/sentences.js";
import { mayBeListed } from "../text/length-filter.js";
import type { KeyVariant, Trie } from "./gazetteer.js";

export interface GazetteerMatch {
  /** Token range [start, end). */
  start: number;
  end: number;
  variants: KeyVariant[];
}

const TITLE_CASE = /^\p{Lu}[\p{Ll}\p{M}'’.-]*$/u;

/**
 * A gazetteer token meets a text token when they are spelled alike, or the text token is
 * upper case ("DUSHANBE"), or the key is an acronym of four or more letters written in title
 * case ("Nato"), or a lower-case connector of a name is capitalised in a headline ("Of").
 */
export function caseCompatible(key: string, tok: Token, position: number): boolean {
  // "Tenn." in a key is one word; "Tenn ." in text is a word and a full stop. Read for every key
  // token, not only a full stop, so that the first full stop does not throw the compiled matcher away.
  const attached = !tok.spaceBefore;
  if (key === ".") return attached;
  if (key === tok.text) return true;
  if (tok.allCaps) return true;
  if (key.length >= 4 && key === key.toUpperCase() && TITLE_CASE.test(tok.text)) return true;
  if (position > 0 && key === key.toLowerCase() && tok.cap) return true;
  return false;
}

function compatibleVariants(variants: KeyVariant[], tokens: Token[], start: number): KeyVariant[] {
  if (variants.length === 1) return variantFits(variants[0], tokens, start) ? variants : [];
  const fitting: KeyVariant[] = [];
  for (const v of variants) if (variantFits(v, tokens, start)) fitting.push(v);
  return fitting;
}

function variantFits(v: KeyVariant, tokens: Token[], start: number): boolean {
  for (let k = 0; k < v.tokens.length; k++) if (!caseCompatible(v.tokens[k], tokens[start + k], k)) return false;
  return true;
}

/** Every gazetteer key found in the text, within sentences, as whole tokens. */
export function matchGazetteer(tokens: Token[], sentences: Sentence[], trie: Trie): GazetteerMatch[] {
  const matches: GazetteerMatch[] = [];
  // "dpa", "eBay": the few lower-case words a key starts with, told from "the" or "said" without hashing them
  const lowerLengths = trie.lowerStartLengths;
  const roots = trie.roots;
  for (const s of sentences) {
    for (let i = s.start; i < s.end; i++) {
      const first = tokens[i];
      if (!first.cap && first.kind !== TokenKind.Number && !(mayBeListed(lowerLengths, first.text) && trie.lowerStarts.has(first.text))) continue;
      let node = roots.get(first.lower);
      let j = i + 1;
      while (node) {
        if (node.variants) {
          const variants = compatibleVariants(node.variants, tokens, i);
          if (variants.length > 0) matches.push({ start: i, end: j, variants });
        }
        if (node.children === null || j >= s.end) break;
        node = node.children.get(tokens[j].lower);
        j++;
      }
    }
  }
  return matches;
}
