/** The several-files table names its score columns after the files' standard. */
import { epmV1 } from "../../src/catalogues";
import { columnTerms, summaryTable } from "../../src/cli/format";
import { exampleCatalogue } from "../support/example-catalogue";

const service = exampleCatalogue;
const header = (catalogues: Parameters<typeof columnTerms>[0]) =>
  summaryTable([], "en", columnTerms(catalogues)).split("\n")[0];

test("files of one standard: its module ranges head the score columns", () => {
  expect(header([epmV1, epmV1])).toMatch(/Flags +1\.0–5\.0 +6\.0 +F %/);
  expect(header([service])).toMatch(/Flags +A–B +X +F %/);
});

test("files of several standards: the scale names, which fit them all", () => {
  expect(header([epmV1, service])).toMatch(/Flags +CF +I +F %/);
});
