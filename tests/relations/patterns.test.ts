import { describe, expect, it } from "vitest";
import { relationsOf } from "./helpers.js";

// [sentence, relations it must yield] — invented names, so the patterns are tested without the gazetteers' help.
const MUST: Array<[string, string[]]> = [
  // holds_role
  ["Valtrin Oskoda, chief executive of Brenmark Holdings Ltd., said the deal was off.", ["holds_role(chief executive): Valtrin Oskoda → Brenmark Holdings Ltd."]],
  ["Russia's Foreign Minister Sergei Lavrov arrived.", ["holds_role(Foreign Minister): Sergei Lavrov → Russia"]],
  ["Kenyan President Daniel Moruvi said.", ["holds_role(President): Daniel Moruvi → Kenya"]],
  ["Orvella Tashkent, a spokeswoman for the Dravnik Institute, said.", ["holds_role(spokeswoman): Orvella Tashkent → Dravnik Institute"]],
  ["Pelnor Askevik, a correspondent for Kelvaro Press Agency, said.", ["holds_role(correspondent): Pelnor Askevik → Kelvaro Press Agency"]],
  ["Dervla Quenby, vice president and general counsel for Tarnwell Systems Inc., said.", ["holds_role(vice president and general counsel): Dervla Quenby → Tarnwell Systems Inc."]],
  ["Halvard Brisk, 53, a former Tarnwell University law professor, said.", ["holds_role(law professor): Halvard Brisk → Tarnwell University"]],
  ["Kelvaro Press Agency correspondent Pelnor Askevik said.", ["holds_role(correspondent): Pelnor Askevik → Kelvaro Press Agency"]],
  ["Pelnor Askevik, who has covered the courts for the Kelvaro Press Agency, said.", ["holds_role: Pelnor Askevik → Kelvaro Press Agency"]],
  ["Pelnor Askevik taught at Tarnwell University.", ["holds_role: Pelnor Askevik → Tarnwell University"]],
  ["Ismo Vartanen is a member of the Dravnik Institute.", ["holds_role(member): Ismo Vartanen → Dravnik Institute"]],
  ["Ismo Vartanen, a professor of political science at Tarnwell University, said.", ["holds_role(professor of political science): Ismo Vartanen → Tarnwell University"]],
  ["Ismo Vartanen, leader of Finnish farmers and vice-president of the Tarnwell Society, said.", ["holds_role(vice-president): Ismo Vartanen → Tarnwell Society"]],
  ["Pelnor Askevik, 58, was acting comptroller at Tarnwell University when he left.", ["holds_role(acting comptroller): Pelnor Askevik → Tarnwell University"]],
  ["Ismo Vartanen's allegedly corrupt Dravnik Workers Union controls the port.", ["holds_role: Ismo Vartanen → Dravnik Workers Union"]],
  ["The board named Ismo Vartanen chairman of the Dravnik Institute.", ["holds_role(chairman): Ismo Vartanen → Dravnik Institute"]],
  ["Pelnor Askevik would reportedly be the next president of Mexico.", ["holds_role(next president): Pelnor Askevik → Mexico"]],
  ["Ismo Vartanen, director of the Dravnik Institute and a member of the Tarnwell Society, said.", ["holds_role(director): Ismo Vartanen → Dravnik Institute", "holds_role(member): Ismo Vartanen → Tarnwell Society"]],
  // member_of
  ["Tajikistan, a member of the Collective Security Treaty Organization, said.", ["member_of: Tajikistan → Collective Security Treaty Organization"]],
  ["Ukraine joined the Karvossa Trade Organization in 2001.", ["member_of: Ukraine → Karvossa Trade Organization"]],
  // located_in
  ["Karvossa, Ukraine, is quiet.", ["located_in: Karvossa → Ukraine"]],
  ["Dushanbe, the Tajik capital, was quiet.", ["located_in: Dushanbe → Tajikistan"]],
  ["In Colorado, heavy snow fell over Denver on Monday.", ["located_in: Denver → Colorado"]],
  ["Yerevan, the capital of Armenia, was quiet.", ["located_in: Yerevan → Armenia"]],
  ["Flights run to Urumqi, the capital of China's Xinjiang region.", ["located_in: Ürümqi → Xinjiang", "located_in: Xinjiang → China"]],
  ["Cuenca, the third largest city in Ecuador, was quiet.", ["located_in: Cuenca → Ecuador"]],
  ["Norway's capital, Oslo, was quiet.", ["located_in: Oslo → Norway"]],
  ["Flights left from the Kenyan capital of Nairobi.", ["located_in: Nairobi → Kenya"]],
  ["Aid reached Soviet Armenia.", ["located_in: Armenia → Soviet Union"]],
  ["Madagascar, an island nation in the Indian Ocean, voted.", ["located_in: Madagascar → Indian Ocean"]],
  ["Turkey in the Balkans matters.", ["located_in: Turkey → Balkans"]],
  ["Refugees fled Batna, south-east Algeria.", ["located_in: Batna → Algeria"]],
  ["Tourists crowded Beijing's Tiananmen Square.", ["located_in: Tiananmen Square → Beijing"]],
  ["Dust covered the Sahara desert in Africa.", ["located_in: Sahara → Africa"]],
  ["Farmers in Umbria and Lazio provinces in central Italy protested.", ["located_in: Umbria → Italy", "located_in: Lazio → Italy"]],
  // based_in
  ["The Foreign Ministry in Moscow said.", ["based_in: Foreign Ministry → Moscow"]],
  ["The Moscow-based Brenmark Holdings Ltd. said.", ["based_in: Brenmark Holdings Ltd. → Moscow"]],
  ["In Washington, the Kelvaro Press Agency said.", ["based_in: Kelvaro Press Agency → Washington"]],
  ["Brenmark Holdings, a Hong Kong construction firm, said.", ["based_in: Brenmark Holdings → Hong Kong"]],
  ["The Kelvaro Press Agency bureau in Beirut said.", ["based_in: Kelvaro Press Agency → Beirut"]],
  ["A briefing at Tarnwell Systems Inc. headquarters in nearby Rockville, Md., ended.", ["based_in: Tarnwell Systems Inc. → Rockville", "based_in: Tarnwell Systems Inc. → Maryland"]],
  ["Seoul, May 3 (Yonhap) -- talks began.", ["based_in: Yonhap → Seoul"]],
  ["The U.S. Immigration and Naturalization Service said.", ["based_in: Immigration and Naturalization Service → United States"]],
  // lives_in
  ["Talvik Ormsby was born in Chattanooga, Tenn., in 1950.", ["located_in: Chattanooga → Tennessee", "lives_in: Talvik Ormsby → Chattanooga"]],
  ["Ismo Vartanen, a native of Tampere, said.", ["lives_in: Ismo Vartanen → Tampere"]],
  ["Orsolya Vantek, 47, of Bristol, Conn., was hurt.", ["lives_in: Orsolya Vantek → Bristol", "located_in: Bristol → Connecticut"]],
  ["Merin Tolk, a Denver architect, said.", ["lives_in: Merin Tolk → Denver"]],
  ["Denver plastic surgeon Merin Tolk said.", ["lives_in: Merin Tolk → Denver"]],
  ["Colorado's native son Pelnor Askevik wrote the book.", ["lives_in: Pelnor Askevik → Colorado"]],
  ["Ismo Vartanen, a Finnish historian, said.", ["lives_in: Ismo Vartanen → Finland"]],
  ["Ismo Vartanen of the Dravnik Institute in Denver said.", ["holds_role: Ismo Vartanen → Dravnik Institute", "lives_in: Ismo Vartanen → Denver"]],
  ["A statue stands in Beaumont, Texas, Pelnor Askevik's hometown.", ["lives_in: Pelnor Askevik → Beaumont"]],
  ["Pelnor Askevik returned to his Iowa hometown.", ["lives_in: Pelnor Askevik → Iowa"]],
  ["Pelnor Askevik spoke from her home in Louisville.", ["lives_in: Pelnor Askevik → Louisville"]],
  ["Illinois born Pelnor Askevik arrived in Hollywood.", ["lives_in: Pelnor Askevik → Illinois"]],
  ["Mrs. Orvella Tashkent lives in Karvossa, Ukraine.", ["located_in: Karvossa → Ukraine", "lives_in: Orvella Tashkent → Karvossa"]],
  // meets
  ["Valtrin Oskoda met Pelnor Askevik in Paris.", ["meets: Valtrin Oskoda → Pelnor Askevik"]],
  ["Ismo Vartanen held talks with Hamrohon Zarifi on Monday.", ["meets: Ismo Vartanen → Hamrohon Zarifi"]],
  // bilateral
  ["Russian-Tajikistani collaboration grew.", ["bilateral: Russia → Tajikistan"]],
  ["Russia and Tajikistan cooperate within the format of the UN.", ["bilateral: Russia → Tajikistan"]],
  ["Russia and Tajikistan marked 20 years of relations between Moscow and Dushanbe.", ["bilateral: Russia → Tajikistan"]],
];

// [sentence, what it must not yield] — co-occurrence, lists, travel and dated datelines are no relations.
const MUST_NOT: Array<[string, string[]]> = [
  ["Valtrin Oskoda and Pelnor Askevik were both in Paris on Monday.", ["meets: Valtrin Oskoda → Pelnor Askevik", "lives_in: Valtrin Oskoda → Paris"]],
  ["Flights to Paris, London and Rome were cancelled.", ["located_in: Paris → London", "located_in: London → Rome"]],
  ["The delegation in Dushanbe includes President Daniel Moruvi.", ["holds_role(President): Daniel Moruvi → Dushanbe", "lives_in: Daniel Moruvi → Dushanbe"]],
  ["Ismo Vartanen, a critic of the Dravnik Institute, said.", ["holds_role(critic): Ismo Vartanen → Dravnik Institute"]],
  ["Ismo Vartanen, who spoke at the Dravnik Institute, said.", ["holds_role: Ismo Vartanen → Dravnik Institute"]],
  ["Ismo Vartanen, who voted for the Tarnwell Society, said.", ["holds_role: Ismo Vartanen → Tarnwell Society"]],
  ["Talvik Ormsby, inventor of the Kodak camera, said.", ["holds_role(inventor): Talvik Ormsby → Eastman Kodak"]],
  ["Talvik Ormsby was born in Denver.", ["holds_role: Talvik Ormsby → Denver"]],
  ["A letter came from Denver's sister Orvella Tashkent.", ["lives_in: Orvella Tashkent → Denver", "holds_role(sister): Orvella Tashkent → Denver"]],
  ["Ismo Vartanen is holding talks with the political leadership of Tajikistan.", ["lives_in: Ismo Vartanen → Tajikistan"]],
  ["Illinois born Pelnor Askevik arrived in Hollywood.", ["lives_in: Pelnor Askevik → Hollywood"]],
  ["Ismo Vartanen's Dravnik Institute shares fell.", ["holds_role: Ismo Vartanen → Dravnik Institute"]],
  ["Talvik Ormsby was born in Bristol, Conn., in 1950.", ["lives_in: Talvik Ormsby → Connecticut"]],
  ["Juergen Vollrath, chairman of the Stuttgart-based Daimler-Benz, said.", ["lives_in: Juergen Vollrath → Stuttgart"]],
  ["Flights run to Urumqi, the capital of China's Xinjiang region.", ["located_in: Ürümqi → China"]],
  ["President Daniel Moruvi arrived in Dushanbe on a visit to Tajikistan.", ["holds_role(President): Daniel Moruvi → Tajikistan"]],
  ["DUSHANBE, April 24 (Itar-Tass) – talks began.", ["based_in: ITAR-TASS → Dushanbe"]],
  ["Dushanbe, April 24 (Itar-Tass) -- talks began.", ["based_in: ITAR-TASS → Dushanbe"]],
  ["Roads near Loei Province, Nakhon Thai District in Phitsanulok Province were shut.", ["located_in: Loei Province → Phitsanulok Province", "located_in: Loei Province → Nakhon Thai District"]],
  ["In Colorado, officials said flights to London were cancelled.", ["located_in: London → Colorado"]],
  ["Refugees from Paris, Lyon or Marseille arrived in France.", ["located_in: Paris → Lyon", "located_in: Lyon → Marseille"]],
  ["Russia and Tajikistan sent troops to Afghanistan.", ["bilateral: Russia → Tajikistan", "bilateral: Russia → Afghanistan"]],
];

describe("relation patterns", () => {
  it.each(MUST)("%s", (text, expected) => {
    const found = relationsOf(text);
    for (const r of expected) expect(found).toContain(r);
  });
  it.each(MUST_NOT)("not in: %s", (text, forbidden) => {
    const found = relationsOf(text);
    for (const r of forbidden) expect(found).not.toContain(r);
  });
});

describe("relation records", () => {
  it("merges the same pair found in several sentences into one relation with all its evidence", async () => {
    const { extract } = await import("../../src/index.js");
    const text = "Russian-Tajikistani collaboration grew.\nLater, Russian-Tajikistani talks resumed.";
    const relations = extract(text).relations.filter((r) => r.type === "bilateral");
    expect(relations).toHaveLength(1);
    expect(relations[0]!.evidence.map((e) => e.text)).toEqual(["Russian-Tajikistani collaboration grew.", "Later, Russian-Tajikistani talks resumed."]);
    expect(relations[0]!.subject < relations[0]!.object || relations[0]!.subject.length < relations[0]!.object.length).toBe(true);
  });

  it("gives evidence offsets in code points", async () => {
    const { extract } = await import("../../src/index.js");
    const text = "😀 Note.\nKarvossa, Ukraine, is quiet.";
    const [r] = extract(text).relations;
    expect(r!.evidence[0]!.text).toBe("Karvossa, Ukraine, is quiet.");
    expect([...text].slice(r!.evidence[0]!.start, r!.evidence[0]!.end).join("")).toBe("Karvossa, Ukraine, is quiet.");
  });

  it("orders relations by first evidence, then type", async () => {
    const { extract } = await import("../../src/index.js");
    const text = "Talvik Ormsby was born in Chattanooga, Tenn., in 1950.\nValtrin Oskoda met Pelnor Askevik in Paris.";
    expect(extract(text).relations.map((r) => r.type)).toEqual(["located_in", "lives_in", "meets"]);
  });
});
