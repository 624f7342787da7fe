import { describe, expect, it } from "vitest";
import { found } from "../helpers.js";

// Text without lower-case letters (wire headlines, telex copy) is still read.
describe("text in capitals throughout", () => {
  it.each<[string, string[]]>([
    ["PRESIDENT VALTRIN OSKODA SAID THE DEAL WOULD GO AHEAD IN KARVOSSA.", ["PERSON:VALTRIN OSKODA", "LOCATION:KARVOSSA"]],
    ["THE BRENMARK HOLDINGS LTD BOARD MET ON MONDAY.", ["ORGANIZATION:BRENMARK HOLDINGS LTD"]],
    ["RUSSIAN FOREIGN MINISTER SERGEI LAVROV MET PRESIDENT EMOMALI RAHMON IN DUSHANBE.", ["COUNTRY:Russia", "PERSON:Sergei Lavrov", "PERSON:Emomali Rahmon", "LOCATION:Dushanbe"]],
  ])("%j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<[string]>([["ILLEGAL MIGRATION AND ORGANIZED CRIME WERE DISCUSSED ON MONDAY."], ["BOTH SIDES SAID THEY WOULD MEET AGAIN IN APRIL."]])(
    "finds nothing in ordinary words: %j",
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});
