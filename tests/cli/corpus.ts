import { readdirSync, readFileSync } from "node:fs";

// Documents for batch tests, cut from the project's own fixture articles: each paragraph
// of each fixture is a document, numbered so that none is a copy of another.

const FIXTURES = new URL("../../fixtures/", import.meta.url);

export function paragraphs(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => readFileSync(new URL(f, FIXTURES), "utf8").split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p.length > 40);
}

/** `n` documents, cycling through the fixture paragraphs. */
export function documents(n: number): string[] {
  const paras = paragraphs();
  return Array.from({ length: n }, (_, i) => `${paras[i % paras.length]!}\n\n(Story ${i + 1}.)\n`);
}

/** The same documents as JSON lines `{"id": "doc-0001", "text": …}`. */
export function jsonl(docs: readonly string[]): string {
  return docs.map((text, i) => JSON.stringify({ id: `doc-${String(i + 1).padStart(4, "0")}`, text }) + "\n").join("");
}
