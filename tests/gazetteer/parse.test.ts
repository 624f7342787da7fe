import { describe, expect, it } from "vitest";
import { GazetteerError } from "../../src/gazetteer/gazetteer.js";
import { parseEntityTsv, parseWordTsv } from "../../src/gazetteer/parse.js";

describe("parseEntityTsv", () => {
  it("reads canonical name, type, aliases and attributes", () => {
    const tsv = "# international bodies\nname\ttype\taliases\tattributes\nCollective Security Treaty Organization\tORGANIZATION\tCSTO|ODKB\tacronym=CSTO;kind=international\n";
    expect(parseEntityTsv(tsv, "orgs.tsv")).toEqual([
      {
        name: "Collective Security Treaty Organization",
        type: "ORGANIZATION",
        aliases: ["CSTO", "ODKB"],
        attributes: { acronym: "CSTO", kind: "international" },
        line: 3,
      },
    ]);
  });

  it.each<[string, string]>([
    ["name\ttype\nQuorvex\tCOMPANY\n", "my.tsv:2: unknown type \"COMPANY\""],
    ["name\ttype\n\tPERSON\n", "my.tsv:2: empty name"],
    ["name\ttype\taliases\tattributes\nQuorvex\tORGANIZATION\t\tkind\n", "my.tsv:2: attribute \"kind\" is not key=value"],
    ["name\ttype\nQuorvex\tORGANIZATION\textra\n", "my.tsv:2: 3 columns, header has 2"],
    ["canonical\tkind\n", "my.tsv:1: header must name the columns \"name\" and \"type\""],
    ["# only a comment\n", "my.tsv:1: no header line"],
  ])("rejects %j", (tsv, message) => {
    let error: unknown;
    try {
      parseEntityTsv(tsv, "my.tsv");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GazetteerError);
    expect((error as Error).message.startsWith(message)).toBe(true);
  });
});

describe("parseWordTsv", () => {
  it("reads one word per line after the header", () => {
    expect(parseWordTsv("# titles\nword\nPresident\nMr\n", "t.tsv")).toEqual(["President", "Mr"]);
  });
  it("names the line of an empty word", () => {
    expect(() => parseWordTsv("word\tnote\nPresident\n\tstray note\n", "t.tsv")).toThrow("t.tsv:3: empty word");
  });
});
