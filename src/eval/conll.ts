// CoNLL-2003 reader, document text builder and mention → token tag mapping.
//
// The extractor sees each document as plain text: tokens joined by single spaces, one sentence per
// line. It never sees the POS, chunk or gold columns. Its mentions (code-point offsets into that
// text) are mapped back onto the tokens as IOB2 tags.

import type { DocumentResult, EntityType, MentionForm } from "../types.js";
import { flattenSentences, scoreTags, type ScoreResult } from "./score.js";

export interface ConllToken {
  text: string;
  /** Gold tag as written in the file (IOB1 or IOB2). */
  gold: string;
  /** Code-point offsets of the token in its document's text, half-open. */
  start: number;
  end: number;
}

export interface ConllSentence {
  tokens: ConllToken[];
}

export interface ConllDocument {
  /** False only for tokens that come before the first -DOCSTART- line. */
  docstart: boolean;
  sentences: ConllSentence[];
  /** Tokens joined by " ", sentences joined by "\n". */
  text: string;
}

/** What the evaluation needs from an extractor: entities with typed, formed, offset mentions. */
export type Extractor = (text: string) => Pick<DocumentResult, "entities"> & Partial<DocumentResult>;

export const CONLL_TYPES = ["LOC", "MISC", "ORG", "PER"] as const;
export type ConllType = (typeof CONLL_TYPES)[number];
/** The restricted micro-average the issue asks for. */
export const CORE_TYPES: readonly ConllType[] = ["LOC", "ORG", "PER"];

const TYPE_MAP: Record<EntityType, ConllType> = {
  PERSON: "PER",
  COUNTRY: "LOC",
  LOCATION: "LOC",
  ORGANIZATION: "ORG",
  MISC: "MISC",
};

/** PERSON→PER, COUNTRY/LOCATION→LOC, ORGANIZATION→ORG, MISC→MISC; a demonym ("Russian") is MISC. */
export function conllType(type: EntityType, form: MentionForm): ConllType | undefined {
  if (form === "demonym") return "MISC";
  return TYPE_MAP[type];
}

// Python's str.split() whitespace, so that columns split exactly as conll_score.py splits them.
const PY_WHITESPACE = /[\t\n\v\f\r\u001c-\u001f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u;

export function splitColumns(line: string): string[] {
  return line.split(PY_WHITESPACE).filter((f) => f !== "");
}

export class ConllFormatError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "ConllFormatError";
  }
}

function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Sets each token's offsets and the document text from its sentences. */
export function buildDocumentText(doc: Omit<ConllDocument, "text"> & { text?: string }): ConllDocument {
  const lines: string[] = [];
  let offset = 0;
  for (const sentence of doc.sentences) {
    const words: string[] = [];
    for (const token of sentence.tokens) {
      if (words.length > 0) offset += 1;
      token.start = offset;
      offset += codePointLength(token.text);
      token.end = offset;
      words.push(token.text);
    }
    lines.push(words.join(" "));
    offset += 1; // the "\n" after the sentence
  }
  const full = doc as ConllDocument;
  full.text = lines.join("\n");
  return full;
}

/**
 * Parses CoNLL-2003 text: -DOCSTART- lines start documents, blank lines end sentences, the token is
 * the first column and the gold tag the last. A leading BOM and CRLF line ends are accepted.
 */
export function parseConll(content: string): ConllDocument[] {
  if (content.startsWith("\ufeff")) content = content.slice(1);
  const docs: ConllDocument[] = [];
  let doc: ConllDocument | null = null;
  let sentence: ConllToken[] = [];
  const endSentence = () => {
    if (sentence.length > 0) {
      if (!doc) {
        doc = { docstart: false, sentences: [], text: "" };
        docs.push(doc);
      }
      doc.sentences.push({ tokens: sentence });
      sentence = [];
    }
  };
  const lines = content.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const fields = splitColumns(lines[i]!);
    if (fields.length === 0) {
      endSentence();
      continue;
    }
    if (fields[0] === "-DOCSTART-") {
      endSentence();
      doc = { docstart: true, sentences: [], text: "" };
      docs.push(doc);
      continue;
    }
    if (fields.length < 2) {
      throw new ConllFormatError(i + 1, `expected a token and a tag, found ${JSON.stringify(lines[i])}`);
    }
    sentence.push({ text: fields[0]!, gold: fields[fields.length - 1]!, start: 0, end: 0 });
  }
  endSentence();
  for (const d of docs) buildDocumentText(d);
  return docs;
}

interface LabelledSpan {
  start: number;
  end: number;
  label: string;
  order: number;
}

/**
 * Maps an extraction result onto the document's tokens as IOB2 tags, one array per sentence.
 *
 * Policy, applied in this order:
 * - a mention overlaps a token when they share at least one code point;
 * - mentions are taken by start, longer first at equal starts, then in result order; each token
 *   belongs to the first mention that overlaps it, later mentions only get the tokens left free;
 * - a mention's tokens form one chunk: B- on its first token, I- on the following ones; the next
 *   mention starts with B- even when adjacent ("Russia Tajikistan" → B-LOC B-LOC);
 * - a mention that covers one of its tokens only in part (it starts after the token's start or ends
 *   before the token's end) is a name inside a compound word, and its whole chunk is MISC, whatever
 *   the mention's type. That is how CoNLL-2003 annotates such compounds: "Toronto-based" is I-MISC,
 *   "New York-based" is I-MISC I-MISC (a LOCATION mention "New York" → B-MISC I-MISC);
 *   Only letters left over make a compound: "Dallas." holding the mention "Dallas" keeps LOC;
 * - chunks never cross a sentence line.
 * So one CoNLL token holding two mentions ("Russian-Tajikistani", two demonyms) is one MISC chunk:
 * the token belongs to the first mention, which covers it only in part; the second gets no token.
 */
/** The mention covers the token only in part, and the rest of the token holds letters ("York-based", not "Dallas."). */
function insideCompound(token: { text: string; start: number; end: number }, span: { start: number; end: number }): boolean {
  if (span.start <= token.start && span.end >= token.end) return false;
  const chars = Array.from(token.text);
  const rest = chars.slice(0, Math.max(0, span.start - token.start)).join("") + chars.slice(Math.max(0, span.end - token.start)).join("");
  return /\p{L}/u.test(rest);
}

export function mentionsToTags(doc: ConllDocument, result: Pick<DocumentResult, "entities">): string[][] {
  const spans: LabelledSpan[] = [];
  for (const entity of result.entities) {
    for (const mention of entity.mentions) {
      const label = conllType(entity.type, mention.form);
      if (!label || mention.end <= mention.start) continue;
      spans.push({ start: mention.start, end: mention.end, label, order: spans.length });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);

  const tokens = doc.sentences.flatMap((s) => s.tokens);
  const owner = new Int32Array(tokens.length).fill(-1);
  const labels = spans.map((s) => s.label);
  for (let m = 0; m < spans.length; m++) {
    const span = spans[m]!;
    // First token whose end lies after the mention's start (tokens are in offset order).
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let t = lo; t < tokens.length && tokens[t]!.start < span.end; t++) {
      if (owner[t] !== -1) continue;
      owner[t] = m;
      if (insideCompound(tokens[t]!, span)) labels[m] = "MISC";
    }
  }

  const tags: string[][] = [];
  let t = 0;
  for (const sentence of doc.sentences) {
    const sentenceTags: string[] = [];
    let previous = -1;
    for (let i = 0; i < sentence.tokens.length; i++, t++) {
      const m = owner[t]!;
      if (m === -1) sentenceTags.push("O");
      else sentenceTags.push(`${m === previous ? "I" : "B"}-${labels[m]}`);
      previous = m;
    }
    tags.push(sentenceTags);
  }
  return tags;
}

export interface ConllEvaluation {
  documents: ConllDocument[];
  /** Predicted IOB2 tags per document, per sentence, per token. */
  predicted: string[][][];
  all: ScoreResult;
  restricted: ScoreResult;
  restricted_types: string[];
  counts: { documents: number; sentences: number; tokens: number };
}

/** Runs the extractor on every document and scores its tags against the gold ones. */
export function evaluateConll(documents: ConllDocument[], extractor: Extractor): ConllEvaluation {
  const predicted: string[][][] = [];
  for (const doc of documents) {
    if (doc.sentences.length === 0) {
      predicted.push([]);
      continue;
    }
    predicted.push(mentionsToTags(doc, extractor(doc.text)));
  }
  return scoreConll(documents, predicted);
}

/** Scores predicted tags (aligned with the documents' tokens) against the gold tags. */
export function scoreConll(documents: ConllDocument[], predicted: string[][][]): ConllEvaluation {
  const goldSentences: string[][] = [];
  const predSentences: string[][] = [];
  let tokens = 0;
  let sentences = 0;
  documents.forEach((doc, d) => {
    doc.sentences.forEach((sentence, s) => {
      const pred = predicted[d]?.[s];
      if (!pred || pred.length !== sentence.tokens.length) {
        throw new Error(`predicted tags do not match document ${d + 1}, sentence ${s + 1}`);
      }
      goldSentences.push(sentence.tokens.map((tok) => tok.gold));
      predSentences.push(pred);
      tokens += sentence.tokens.length;
      sentences++;
    });
  });
  const gold = flattenSentences(goldSentences);
  const pred = flattenSentences(predSentences);
  const restricted_types = [...CORE_TYPES].sort();
  return {
    documents,
    predicted,
    all: scoreTags(gold, pred),
    restricted: scoreTags(gold, pred, restricted_types),
    restricted_types,
    counts: { documents: documents.length, sentences, tokens },
  };
}

/**
 * conlleval input: "token gold predicted" per token, a blank line after each sentence, and each
 * -DOCSTART- line kept (followed by a blank line), so conll_score.py --conlleval reads it back.
 */
export function toConlleval(documents: ConllDocument[], predicted: string[][][]): string {
  const out: string[] = [];
  documents.forEach((doc, d) => {
    if (doc.docstart) out.push("-DOCSTART- O O", "");
    doc.sentences.forEach((sentence, s) => {
      const pred = predicted[d]![s]!;
      sentence.tokens.forEach((tok, i) => out.push(`${tok.text} ${tok.gold} ${pred[i]}`));
      out.push("");
    });
  });
  return out.join("\n") + (out.length ? "\n" : "");
}
