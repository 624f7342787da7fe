// The acceptance example newsner was first described with: everything in it must come out right.
// The article lives in ../shared (not shipped); the test skips cleanly where it is absent.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import type { Entity, EntityType } from "../src/types.js";
import { SHARED } from "./eval/helpers.js";

const ARTICLE = join(SHARED, "examples", "tass-lavrov-tajikistan.txt");
const HAVE_ARTICLE = existsSync(ARTICLE);

describe.skipIf(!HAVE_ARTICLE)("acceptance example: TASS on Lavrov in Tajikistan", () => {
  const text = HAVE_ARTICLE ? readFileSync(ARTICLE, "utf8") : "";
  const result = extract(text, { source: ARTICLE });
  const ofType = (type: EntityType) => result.entities.filter((e) => e.type === type);
  const named = (name: string): Entity => {
    const e = result.entities.find((x) => x.name === name);
    if (!e) throw new Error(`no entity named ${name}`);
    return e;
  };
  const surfaces = (e: Entity) => e.mentions.map((m) => m.text);

  it("finds exactly the three people", () => {
    expect(ofType("PERSON").map((e) => e.name).sort()).toEqual(["Emomali Rahmon", "Hamrohon Zarifi", "Sergei Lavrov"]);
  });

  it("merges all five Lavrov mentions into Sergei Lavrov", () => {
    const lavrov = named("Sergei Lavrov");
    const occurrences = text.split("Lavrov").length - 1;
    expect(occurrences).toBe(5);
    expect(surfaces(lavrov).filter((s) => s.includes("Lavrov"))).toHaveLength(occurrences);
  });

  it("finds exactly Russia, Tajikistan and Afghanistan, with demonym and hyphenated mentions", () => {
    expect(ofType("COUNTRY").map((e) => e.name).sort()).toEqual(["Afghanistan", "Russia", "Tajikistan"]);
    const russia = named("Russia");
    const demonyms = (e: Entity) => e.mentions.filter((m) => m.form === "demonym").map((m) => m.text);
    expect(demonyms(russia)).toContain("Russian");
    expect(demonyms(named("Tajikistan"))).toEqual(expect.arrayContaining(["Tajikistani", "Tajik"]));
    expect(demonyms(named("Afghanistan"))).toContain("Afghan");
    const hyphenated = text.indexOf("Russian-Tajikistani");
    const covered = (e: Entity) => e.mentions.some((m) => m.start >= hyphenated && m.end <= hyphenated + "Russian-Tajikistani".length);
    expect(covered(russia) && covered(named("Tajikistan"))).toBe(true);
  });

  it("finds exactly the places Dushanbe, Moscow, Brussels and Central Asia", () => {
    expect(ofType("LOCATION").map((e) => e.name).sort()).toEqual(["Brussels", "Central Asia", "Dushanbe", "Moscow"]);
    expect(surfaces(named("Dushanbe"))).toContain("DUSHANBE");
  });

  it("finds exactly the organizations, each acronym merged with its long form", () => {
    const orgs = ofType("ORGANIZATION");
    const bySurface = (s: string) => orgs.filter((e) => surfaces(e).includes(s));
    for (const s of ["CIS", "CSTO", "Eurasec", "SCO", "NATO", "UN", "OSCE", "Itar-Tass", "Foreign Ministry"]) {
      expect(bySurface(s), s).toHaveLength(1);
    }
    expect(orgs).toHaveLength(9);
    expect(bySurface("CIS")[0]).toBe(bySurface("Commonwealth of Independent States")[0]);
    expect(bySurface("CSTO")[0]).toBe(bySurface("Collective Security Treaty Organization")[0]);
    expect(bySurface("Eurasec")[0]).toBe(bySurface("Eurasian Economic Community")[0]);
    expect(bySurface("SCO")[0]).toBe(bySurface("Shanghai Cooperation Organization")[0]);
  });

  it("reports nothing from ordinary capitalised words", () => {
    const all = result.entities.flatMap(surfaces);
    for (const junk of ["All news", "All", "The", "Illegal", "Lying", "Monday", "Both", "Their", "April", "Commonwealth"]) {
      expect(all, junk).not.toContain(junk);
    }
  });

  it("gives offsets that slice the text to each mention", () => {
    const chars = Array.from(text.replace(/^\uFEFF/, ""));
    for (const e of result.entities) for (const m of e.mentions) expect(chars.slice(m.start, m.end).join("")).toBe(m.text);
  });
});
