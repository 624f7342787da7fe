import { describe, expect, it } from "vitest";
import { compileGlob } from "../../src/cli/glob.js";

describe("--glob patterns", () => {
  it.each([
    ["*.txt", "a.txt", true],
    ["*.txt", "deep/down/a.txt", true], // no "/" in the pattern: the file name at any depth
    ["*.txt", "a.txt.bak", false],
    ["2024/*.txt", "2024/a.txt", true],
    ["2024/*.txt", "2024/05/a.txt", false],
    ["2024/**/*.txt", "2024/a.txt", true],
    ["2024/**/*.txt", "2024/05/31/a.txt", true],
    ["2024/**", "2024/05/a.md", true],
    ["**/reuters-*", "x/y/reuters-001.txt", true],
    ["story-?.md", "story-1.md", true],
    ["story-?.md", "story-10.md", false],
    ["[ab]*.txt", "b1.txt", true],
    ["[!ab]*.txt", "b1.txt", false],
    ["*.{txt,md}", "x.md", true],
    ["*.{txt,md}", "x.html", false],
    ["a+b (1).txt", "a+b (1).txt", true],
    ["./2024/*.txt", "2024/a.txt", true],
  ])("%s matches %s: %s", (pattern, rel, expected) => {
    expect(compileGlob(pattern)(rel)).toBe(expected);
  });

  it("rejects an empty pattern or an unclosed brace", () => {
    expect(() => compileGlob("")).toThrow("empty");
    expect(() => compileGlob("*.{txt")).toThrow('unclosed "{"');
  });
});
