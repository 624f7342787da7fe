import { codePointMap } from "../text/offsets.js";
import { splitSentences, type SentenceCues } from "../text/sentences.js";
import { tokenize } from "../text/tokenize.js";
import { isErrorRecord, type OutputRecord } from "./json.js";

// `--format conll`: one token per line, `token TAG`, with BIO tags in newsner's own types
// (B-PERSON, I-PERSON, B-COUNTRY, …, O), a blank line after each sentence, and each
// document opened by `-DOCSTART- O` as in CoNLL-2003. Tokens and sentences are the ones
// the extractor itself used, so every mention starts and ends on a token edge.
//
//   -DOCSTART- O
//
//   Russian B-COUNTRY
//   Foreign O
//   Minister O
//   Sergei B-PERSON
//   Lavrov I-PERSON

/**
 * `text` is the document the record came from; `cues` the sentence splitter's abbreviations
 * (the gazetteers' `words/abbreviations.tsv`), so sentences break where the extractor's did.
 */
export function formatConll(record: OutputRecord, text: string, cues: SentenceCues): string {
  if (isErrorRecord(record)) return "";
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const tokens = tokenize(body);
  const toCodePoint = codePointMap(body);
  const opens = new Map<number, { end: number; type: string }>();
  for (const e of record.entities) for (const m of e.mentions) opens.set(m.start, { end: m.end, type: e.type });
  // Walk the tokens once, opening a mention at its start offset and closing it at its end.
  const tagOf: string[] = new Array(tokens.length).fill("O");
  let open: { end: number; type: string } | undefined;
  tokens.forEach((t, i) => {
    const start = toCodePoint(t.start);
    if (open && start >= open.end) open = undefined;
    const begins = opens.get(start);
    if (begins) {
      open = begins;
      tagOf[i] = `B-${begins.type}`;
    } else if (open) {
      tagOf[i] = `I-${open.type}`;
    }
  });
  let out = "-DOCSTART- O\n\n";
  for (const s of splitSentences(tokens, cues)) {
    if (s.end <= s.start) continue;
    for (let i = s.start; i < s.end; i++) out += `${tokens[i]!.text} ${tagOf[i]}\n`;
    out += "\n";
  }
  return out;
}
