import { codePointMap } from "../text/offsets.js";
import { splitSentences, type SentenceCues } from "../text/sentences.js";
import { tokenize } from "../text/tokenize.js";

/** The sentences of a text as code-point ranges (after a leading BOM), split as the extractor splits them. */
export function sentenceRanges(text: string, cues: SentenceCues): Array<[number, number]> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const tokens = tokenize(body);
  const cp = codePointMap(body);
  return splitSentences(tokens, cues)
    .filter((s) => s.end > s.start)
    .map((s) => [cp(tokens[s.start]!.start), cp(tokens[s.end - 1]!.end)]);
}
