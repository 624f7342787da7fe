import { describe, expect, it } from "vitest";
import { compileGazetteer } from "../../src/gazetteer/compile.js";
import { matchGazetteer } from "../../src/gazetteer/match.js";
import { parseEntityTsv } from "../../src/gazetteer/parse.js";
import { splitSentences } from "../../src/text/sentences.js";
import { tokenize } from "../../src/text/tokenize.js";

const tsv = [
  "name\ttype\taliases\tattributes",
  "Oman\tCOUNTRY\t\t",
  "United States\tCOUNTRY\tU.S.|US\t",
  "North Atlantic Treaty Organization\tORGANIZATION\tNATO\tacronym=NATO",
  "Commonwealth of Independent States\tORGANIZATION\tCIS\tacronym=CIS",
  "Dushanbe\tLOCATION\t\tcountry=Tajikistan",
  "Itar-Tass\tORGANIZATION\tITAR-TASS\t",
].join("\n");
const gazetteer = compileGazetteer([{ file: "gazetteers/test.tsv", entries: parseEntityTsv(tsv, "test.tsv") }], new Map());

function matched(text: string): string[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens, { abbreviations: new Set() });
  return matchGazetteer(tokens, sentences, gazetteer.trie).map((m) => text.slice(tokens[m.start].start, tokens[m.end - 1].end));
}

describe("matchGazetteer", () => {
  it.each<[string, string[]]>([
    ["talks in Oman", ["Oman"]],
    ["DUSHANBE, April 24", ["DUSHANBE"]],
    ["Nato foreign ministers", ["Nato"]],
    ["the Commonwealth of Independent States", ["Commonwealth of Independent States"]],
    ["THE COMMONWEALTH OF INDEPENDENT STATES", ["COMMONWEALTH OF INDEPENDENT STATES"]],
    ["Itar-Tass reported", ["Itar-Tass"]],
    ["U.S. troops", ["U.S."]],
  ])("finds %j", (text, expected) => {
    expect(matched(text)).toEqual(expected);
  });

  it.each<[string]>([["Romania"], ["tell us more"], ["dushanbe"], ["Itar Tass"], ["commonwealth of independent states"], ["Omani"]])(
    "does not match inside words or in the wrong case: %j",
    (text) => {
      expect(matched(text)).toEqual([]);
    },
  );
});
