// Place rules (rules/places.ts, place prepositions in rules/unknown.ts) and gazetteer places that must
// not fire on ordinary words. Tables are [sentence, expected "TYPE:name" list].
import { describe, expect, it } from "vitest";
import { found } from "../helpers.js";

type Row = [string, string[]];

describe("dateline: an ALL-CAPS place before a date or agency", () => {
  it.each<Row>([
    ["KARVOSSA, April 24 (Reuters) - Grain prices rose.", ["LOCATION:KARVOSSA", "ORGANIZATION:Reuters"]],
    ["KARVOSSA, April 24 - Grain prices rose.", ["LOCATION:KARVOSSA"]],
    ["KARVOSSA (Reuters) - Grain prices rose.", ["LOCATION:KARVOSSA", "ORGANIZATION:Reuters"]],
    ["DRENHOLT, May 3 (AP) - The river flooded.", ["LOCATION:DRENHOLT", "ORGANIZATION:Associated Press"]],
    ["PORT ESSARIN, June 1 (Reuters) - Ships waited.", ["LOCATION:PORT ESSARIN", "ORGANIZATION:Reuters"]],
    ["PORT ESSARIN, April 3 - Ships waited.", ["LOCATION:PORT ESSARIN"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("city-comma-region: an unknown word before a known region or country", () => {
  it.each<Row>([
    ["Talks were held in Karvossa, Ukraine, on Friday.", ["LOCATION:Karvossa", "COUNTRY:Ukraine"]],
    ["He was born in Toldmere, Texas.", ["LOCATION:Toldmere", "LOCATION:Texas"]],
    ["The plant is in Velmor, Ohio.", ["LOCATION:Velmor", "LOCATION:Ohio"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("place-after-preposition: an unknown word after in / at / near", () => {
  it.each<Row>([
    ["The delegation arrived in Karvossa on Monday.", ["LOCATION:Karvossa"]],
    ["The talks were held in Karvossa.", ["LOCATION:Karvossa"]],
    ["Delegates met at Toldmere on Friday.", ["LOCATION:Toldmere"]],
    ["Ships waited near Essarin for days.", ["LOCATION:Essarin"]],
    ["Ships sailed from Port Essarin at dawn.", ["LOCATION:Port Essarin"]],
    ["He grew up outside Karvossa.", ["LOCATION:Karvossa"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("gazetteer places and countries match whole tokens only", () => {
  it.each<Row>([
    ["Romania signed the deal.", ["COUNTRY:Romania"]],
    ["Oman signed the deal.", ["COUNTRY:Oman"]],
    ["Romania and Oman signed the deal.", ["COUNTRY:Romania", "COUNTRY:Oman"]],
    ["The Romanian delegation arrived.", ["COUNTRY:Romania"]],
    ["The US signed the deal.", ["COUNTRY:United States"]],
    ["The U.S. signed the deal.", ["COUNTRY:United States"]],
    ["US TROOPS LEAVE BASE", ["COUNTRY:United States"]],
    ["KENYA FLOODS DISPLACE THOUSANDS", ["COUNTRY:Kenya"]],
    ["Britain and France agreed.", ["COUNTRY:United Kingdom", "COUNTRY:France"]],
    ["Ivory Coast beat Ghana.", ["COUNTRY:Ivory Coast", "COUNTRY:Ghana"]],
    ["Talks in Paris ended.", ["LOCATION:Paris"]],
    ["Central Asia is changing fast.", ["LOCATION:Central Asia"]],
    ["He lives in Reading.", ["LOCATION:Reading"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("must not match: common words that are also places, and the pronoun us", () => {
  it.each<string>([
    "Reading is fun.",
    "Bath time is over.",
    "Nice work, everyone.",
    "Of course the plan failed.",
    "Same as before, the plan failed.",
    "March was cold.",
    "Let us know.",
    "They told us nothing.",
    "GRAIN PRICES SOAR AFTER HARVEST FAILS",
    "MINISTERS AGREE NEW QUOTAS",
  ])("%s", (text) => {
    expect(found(text)).toEqual([]);
  });
});
