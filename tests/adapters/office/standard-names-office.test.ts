/**
 * Each standard's workbook in Excel carries its own names only: Create, then Score twice (the
 * second from a new port, as after reopening the pane), leaves one module chart named under the
 * catalogue's prefix, and no table, defined name, chart or message of another standard's prefix.
 * The registry's catalogues are all candidates, as in the pane.
 */
import { createOfficePort } from "../../../src/adapters/office/port";
import { epmV1 } from "../../../src/catalogues";
import type { Catalogue } from "../../../src/core/types";
import { createOrUpgrade, scoreAudit } from "../../../src/workbook/actions";
import { ExcelHost } from "../../support/excel-host/host";
import { EXCEL_365_WEB } from "../../support/excel-host/profiles";
import { exampleCatalogue } from "../../support/example-catalogue";

const env = { now: () => new Date("2025-06-01T08:00:00.000Z") };
const serviceLite = exampleCatalogue;

test.each([
  ["SVC-LITE", serviceLite, "Svc", "Epm"],
  ["EPM", epmV1, "Epm", "Svc"],
] as Array<[string, Catalogue, string, string]>)(
  "%s: Create + Score + Score leave one chart and only names of its own prefix",
  async (_, catalogue, prefix, other) => {
    const host = new ExcelHost(EXCEL_365_WEB);
    await createOrUpgrade(createOfficePort(), { lang: "en", catalogue, years: 4 }, env);
    const port = createOfficePort();
    const first = await scoreAudit(port, "en", {}, env);
    const second = await scoreAudit(createOfficePort(), "en", {}, env);
    await scoreAudit(port, "en", {}, env);

    const { model } = host;
    const charts = model.sheets.flatMap((sheet) => sheet.charts.map((chart) => chart.name));
    expect(charts).toEqual([`${prefix}ModuleChart`]);
    const tables = model.tables.map((table) => table.name);
    const names = [...model.names.values()].map((name) => name.name);
    expect(tables).toContain(`${prefix}Clauses`);
    expect(names).toContain(`${prefix}Stars`);
    for (const name of [...tables, ...names]) expect(name.startsWith(prefix)).toBe(true);
    const messages = [first, second].flatMap(({ result, inputs }) => [
      ...result.issues.map((issue) => issue.message),
      ...inputs.issues.map((issue) => issue.message),
    ]);
    for (const text of [...tables, ...names, ...charts, ...messages])
      expect(text).not.toContain(other);
    expect(second.inputs.standard.names.prefix).toBe(prefix);
  }
);
