/**
 * Live mode through Microsoft's Excel client against the emulated host, whose events include the
 * product's own writes (as Excel's do) and are delivered late (held until the test releases them):
 * own writes never trigger a re-score; a user's edit of a rating does, once; edits elsewhere
 * (notes, product columns) do not.
 */
import { objectMemory } from "../../../src/adapters/office/memory";
import { createOfficePort } from "../../../src/adapters/office/port";
import { epmV1 } from "../../../src/catalogues";
import { createOrUpgrade } from "../../../src/workbook/actions";
import { startLiveScoring } from "../../../src/ui/liveScoring";
import { createAuditService } from "../../../src/services/portService";
import { locateColumns } from "../../../src/workbook/columns";
import { EPM_NAMES } from "../../fixtures/catalogues";
import { standardOf } from "../../../src/workbook/standard";
import { ExcelHost } from "../../support/excel-host/host";
import { columnLetters } from "../../../src/workbook/a1";
import { PROFILES } from "../../support/excel-host/profiles";
import { exampleCatalogue } from "../../support/example-catalogue";

const env = { catalogues: [epmV1], now: () => new Date("2025-06-01T08:00:00.000Z") };
const serviceLite = exampleCatalogue;
const twoStandards = { ...env, catalogues: [epmV1, serviceLite] };
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe.each(PROFILES.map((p) => [p.name, p] as const))("%s", (_name, profile) => {
  test("own writes never re-score, late events included; a rating edit re-scores once", async () => {
    const host = new ExcelHost(profile, { events: "manual" });
    const service = createAuditService(createOfficePort(), env);
    await service.createOrUpgrade({ lang: "zh", years: 4 });
    const scorings: number[] = [];
    const rescore = jest.fn(async () => {
      scorings.push(host.roundTrips);
      await service.scoreAudit("zh");
    });
    const onError = jest.fn();
    const stop = startLiveScoring({
      watch: (onChange) => service.watchRatings!(onChange),
      rescore,
      onError,
      debounceMs: 5,
    });
    await settle();

    // The product's own writes, their events held back and delivered after everything is done.
    await service.scoreAudit("zh");
    await service.createOrUpgrade({ lang: "zh" });
    await service.scoreAudit("zh");
    expect(host.deliverEvents()).toBeGreaterThan(0);
    await settle();
    expect(rescore).not.toHaveBeenCalled();

    // A user rates one clause: one re-score, whose own writes (delivered late) change nothing.
    const table = host.model.tableByName(EPM_NAMES.tables.clauses)!;
    const header = Array.from({ length: table.area.cols }, (_, c) =>
      String(host.model.cell(table.area.sheetId, table.area.row, table.area.col + c)?.value)
    );
    const cols = locateColumns(header);
    const sheet = host.model.sheetById(table.area.sheetId).name;
    const at = (col: number, k: number) =>
      `${columnLetters(table.area.col + col)}${table.area.row + 2 + k}`;
    host.userEdit(sheet, at(cols.c!, 0), "合规");
    host.deliverEvents();
    await settle();
    expect(rescore).toHaveBeenCalledTimes(1);
    host.deliverEvents();
    await settle();
    expect(rescore).toHaveBeenCalledTimes(1);

    // Notes and product columns are not ratings.
    host.userEdit(sheet, at(cols.evidence!, 1), "see audit file 12");
    host.userEdit(sheet, at(cols.score!, 1), 99);
    host.deliverEvents();
    await settle();
    expect(rescore).toHaveBeenCalledTimes(1);

    stop();
    host.userEdit(sheet, at(cols.f!, 2), "良好");
    host.deliverEvents();
    await settle();
    expect(rescore).toHaveBeenCalledTimes(1);
    expect(onError).not.toHaveBeenCalled();
  });
});

test("a batch issued while the user edits a cell waits (delayForCellEdit) where the host has it", async () => {
  for (const profile of PROFILES) {
    const host = new ExcelHost(profile);
    const port = createOfficePort();
    host.startCellEdit();
    const read = port.read({ tables: [], names: [] });
    if (profile.delayForCellEdit) {
      let done = false;
      void read.then(() => (done = true));
      await settle();
      expect(done).toBe(false);
      host.endCellEdit();
      await expect(read).resolves.toMatchObject({ sheets: ["Sheet1"] });
    } else {
      // Older hosts ignore the option; Excel fails the batch and the user sees why.
      await expect(read).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
      host.endCellEdit();
    }
  }
});

test("a workbook of another standard is watched under its own clause table", async () => {
  const host = new ExcelHost(PROFILES[0], { events: "manual" });
  // Two ports of one page: what one writes, the other knows (the page's memory, memory.ts).
  const memory = objectMemory();
  const service = createAuditService(createOfficePort({ memory }), twoStandards);
  await createOrUpgrade(
    createOfficePort({ memory }),
    { lang: "en", catalogue: serviceLite, years: 2 },
    twoStandards
  );
  const rescore = jest.fn(async () => undefined);
  const before = host.roundTrips;
  const stop = startLiveScoring({
    watch: (onChange) => service.watchRatings!(onChange),
    rescore,
    onError: (error) => {
      throw error;
    },
    debounceMs: 5,
  });
  await settle();
  // One read of the candidate clause tables finds the table, then the watch registers.
  expect(host.roundTrips - before).toBeLessThanOrEqual(2);
  const table = host.model.tableByName(standardOf(serviceLite).names.tables.clauses)!;
  const header = Array.from({ length: table.area.cols }, (_, c) =>
    String(host.model.cell(table.area.sheetId, table.area.row, table.area.col + c)?.value)
  );
  const sheet = host.model.sheetById(table.area.sheetId).name;
  const cell = `${columnLetters(table.area.col + locateColumns(header).c!)}${table.area.row + 2}`;
  host.userEdit(sheet, cell, "合规");
  host.deliverEvents();
  await settle();
  expect(rescore).toHaveBeenCalledTimes(1);
  stop();
});
