// `--glob PATTERN` for folder walks, matched against the path below the folder named on
// the command line, with `/` between parts ("2024/*/reuters-*.txt"). A pattern with no `/`
// matches the file name at any depth, as in .gitignore ("*.txt" takes "a/b/c.txt").
//
//   *        any characters except /          **/   any number of folders, none included
//   ?        one character except /           **    anything, / included
//   [abc]    one of; [!abc] or [^abc] none of {a,b} either alternative

export type GlobMatcher = (relativePath: string) => boolean;

export function compileGlob(pattern: string): GlobMatcher {
  if (pattern.trim() === "") throw new Error("empty --glob pattern");
  const anchored = pattern.includes("/");
  const source = globToRegExpSource(pattern.replace(/^\.\//, ""));
  const re = new RegExp(`^${source}$`, "u");
  if (anchored) return (rel) => re.test(rel);
  return (rel) => re.test(rel.slice(rel.lastIndexOf("/") + 1));
}

export function globToRegExpSource(pattern: string): string {
  let out = "";
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        const slashAfter = pattern[i + 2] === "/";
        const atSegmentStart = i === 0 || pattern[i - 1] === "/";
        if (atSegmentStart && slashAfter) {
          out += "(?:[^/]*/)*"; // "**/": zero or more whole folders
          i += 2;
        } else {
          out += ".*";
          i += 1;
        }
      } else {
        out += "[^/]*";
      }
    } else if (c === "?") {
      out += "[^/]";
    } else if (c === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close === -1) {
        out += "\\[";
      } else {
        let body = pattern.slice(i + 1, close);
        const negate = body.startsWith("!") || body.startsWith("^");
        if (negate) body = body.slice(1);
        out += `[${negate ? "^/" : ""}${body.replace(/[\\\]]/g, "\\$&")}]`;
        i = close;
      }
    } else if (c === "{") {
      braces++;
      out += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      out += ")";
    } else if (c === "," && braces > 0) {
      out += "|";
    } else {
      out += c.replace(/[.+^${}()|\\\]]/g, "\\$&");
    }
  }
  if (braces > 0) throw new Error(`unclosed "{" in --glob pattern "${pattern}"`);
  return out;
}
