import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const EXAMPLE = fileURLToPath(new URL("../../../shared/examples/tass-lavrov-tajikistan.txt", import.meta.url));

describe.skipIf(!existsSync(EXAMPLE))("acceptance example: TASS, Lavrov in Tajikistan", () => {
  const result = existsSync(EXAMPLE) ? extract(readFileSync(EXAMPLE, "utf8")) : { entities: [], relations: [] };
  const name = new Map(result.entities.map((e) => [e.id, e.name]));
  const rels = result.relations.map((r) => ({ ...r, s: name.get(r.subject)!, o: name.get(r.object)! }));
  const has = (type: string, s: RegExp, o: RegExp, role?: string) =>
    rels.some((r) => r.type === type && s.test(r.s) && o.test(r.o) && (role === undefined || r.role === role));

  it("holds the three office-holders with their countries and roles", () => {
    expect(has("holds_role", /Lavrov/, /^Russia$/, "Foreign Minister")).toBe(true);
    expect(has("holds_role", /Rahmon/, /^Tajikistan$/, "President")).toBe(true);
    expect(has("holds_role", /Zarifi/, /^Tajikistan$/, "Foreign Minister")).toBe(true);
  });

  it("holds Russia ↔ Tajikistan bilateral, listed once", () => {
    const bilateral = rels.filter((r) => r.type === "bilateral" && new Set([r.s, r.o]).has("Russia") && new Set([r.s, r.o]).has("Tajikistan"));
    expect(bilateral).toHaveLength(1);
    expect(bilateral[0]!.evidence.length).toBeGreaterThan(1);
  });

  it("relates no unrelated entities", () => {
    const forbidden: Array<[RegExp, RegExp]> = [
      [/Lavrov/, /Tajikistan/],
      [/Rahmon|Zarifi/, /Russia/],
      [/TASS/i, /Dushanbe/],
      [/Lavrov/, /Brussels|Afghanistan/],
      [/Rahmon|Zarifi|Lavrov/, /Moscow|Dushanbe/],
      [/Afghanistan/, /.*/],
      [/.*/, /Afghanistan|Brussels|Central Asia/],
    ];
    for (const r of rels) {
      if (r.type === "meets") continue;
      for (const [s, o] of forbidden) expect(s.test(r.s) && o.test(r.o), `${r.type}: ${r.s} → ${r.o}`).toBe(false);
    }
    for (const r of rels) expect(["Russia", "Tajikistan"].includes(r.s) && r.type === "bilateral" ? ["Russia", "Tajikistan"].includes(r.o) : true).toBe(true);
  });
});
