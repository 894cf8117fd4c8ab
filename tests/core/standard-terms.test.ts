/** The words a standard lends the product's texts: its module ranges and its short name. */
import { epmV1 } from "../../src/catalogues";
import { loadCatalogue } from "../../src/catalogues/schema";
import { fill } from "../../src/core/i18n";
import {
  cfTotal,
  levelHeader,
  shortName,
  standardTerms,
  starLevels,
} from "../../src/core/standard";
import type { Catalogue } from "../../src/core/types";
import { standardOf } from "../../src/workbook/standard";
import { smallStandard } from "../fixtures/catalogues";
import { exampleCatalogue } from "../support/example-catalogue";

/** The small standard with its modules replaced: only their IDs and scales matter here. */
function withModules(...modules: Array<[string, "CF" | "I"]>): Catalogue {
  const base = smallStandard();
  const template = base.modules;
  return {
    ...base,
    modules: modules.map(([id, scale]) => ({
      ...template.find((m) => m.scale === scale)!,
      id,
    })),
  };
}

test("EPM: CF modules 1.0 to 5.0, innovation module 6.0, short name from its ID", () => {
  expect(standardTerms(epmV1)).toEqual({ cf: "1.0–5.0", i: "6.0", standard: "EPM" });
});

test("the second standard: its own CF range, its I module and its own short name", () => {
  expect(standardTerms(exampleCatalogue)).toEqual({ cf: "A–B", i: "X", standard: "SVC" });
});

test("a range joins the first and last module of the scale in catalogue order", () => {
  const terms = standardTerms(withModules(["P", "CF"], ["I1", "I"], ["Q", "CF"], ["R", "CF"]));
  expect(terms.cf).toBe("P–R");
  expect(terms.i).toBe("I1");
  expect(standardTerms(withModules(["only", "CF"])).cf).toBe("only");
  expect(standardTerms(withModules(["only", "CF"])).i).toBe("");
  expect(standardTerms(withModules(["A", "CF"], ["X", "I"], ["Y", "I"])).i).toBe("X–Y");
});

test("the short name: the catalogue's own, else the ID after its last hyphen, else the ID", () => {
  expect(shortName({ ...smallStandard(), id: "CC-CMM-EPM" })).toBe("EPM");
  expect(shortName({ ...smallStandard(), id: "MINI" })).toBe("MINI");
  expect(shortName({ ...smallStandard(), id: "CC-CMM-EPM", shortName: "Mine" })).toBe("Mine");
});

test("the short name is checked when a catalogue loads", () => {
  const json = JSON.parse(JSON.stringify(smallStandard())) as Record<string, unknown>;
  expect(loadCatalogue({ ...json, shortName: "M" }).ok).toBe(true);
  const empty = loadCatalogue({ ...json, shortName: "" });
  expect(!empty.ok && empty.errors.map((e) => e.path)).toEqual(["$.shortName"]);
});

test("texts take the terms through the one filler", () => {
  const terms = standardTerms(exampleCatalogue);
  expect(fill("Score {cf} ≥ / {i} cap / {standard} / {short}", terms)).toBe(
    "Score A–B ≥ / X cap / SVC / {short}"
  );
});

describe("what else a catalogue decides", () => {
  test("name prefix and levels: the catalogue's own, else what loading fills in", () => {
    expect(standardOf(exampleCatalogue).names.tables.clauses).toBe("SvcClauses");
    // A file of the first format names neither: it gets the names and levels its workbooks have.
    const { prefix, levels, ...bare } = exampleCatalogue;
    expect([prefix, levels.length]).toEqual(["Svc", 2]);
    const loaded = loadCatalogue({ ...bare, rules: epmV1.rules });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(loaded.catalogue.prefix).toBe("Epm");
    expect(loaded.catalogue.levels.map(levelHeader)).toEqual(["3★", "4★", "5★"]);
  });

  test("level headers and the CF total", () => {
    expect(starLevels(epmV1).map(levelHeader)).toEqual(["3★", "4★", "5★"]);
    expect(starLevels(exampleCatalogue).map(levelHeader)).toEqual(["1★", "2★"]);
    expect(cfTotal(epmV1)).toBe(4000);
  });
});
