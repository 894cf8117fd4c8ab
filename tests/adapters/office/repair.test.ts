/**
 * Create and upgrade finish the job after whatever happened to the workbook: a sheet the user
 * deleted (its names left at =#REF!, its tables gone), or a write batch that failed part-way
 * (Excel keeps the actions before the failing one). Through the real Excel client, on each host
 * profile and on both behaviours of null objects' children.
 */
import { createOfficePort } from "../../../src/adapters/office/port";
import { epmV1 } from "../../../src/catalogues";
import { createOrUpgrade, scoreAudit } from "../../../src/workbook/actions";
import { DEFAULT_SHEETS } from "../../../src/workbook/layout";
import { dumpHost } from "../../support/excel-host/compare";
import { ExcelHost, type HostOptions } from "../../support/excel-host/host";
import { PROFILES, type HostProfile } from "../../support/excel-host/profiles";

const NOW = new Date("2025-06-01T08:00:00.000Z");
const env = { catalogues: [epmV1], now: () => NOW };
const request = { lang: "zh" as const, catalogue: epmV1, years: 4 };

/** The workbook a first Create builds on a fresh host of the same profile. */
async function reference(profile: HostProfile) {
  const host = new ExcelHost(profile);
  await createOrUpgrade(createOfficePort(), request, env);
  return dumpHost(host);
}

function expectComplete(host: ExcelHost, expected: ReturnType<typeof dumpHost>) {
  const actual = dumpHost(host);
  expect(Object.keys(actual.cells).sort()).toEqual(Object.keys(expected.cells).sort());
  expect(actual.names).toEqual(expected.names);
  expect(Object.keys(actual.tables).sort()).toEqual(Object.keys(expected.tables).sort());
  for (const name of Object.keys(expected.tables))
    expect(actual.tables[name].header).toEqual(expected.tables[name].header);
  expect(Object.values(actual.names)).not.toContain("#REF!");
}

const cases = PROFILES.flatMap((profile) =>
  (["propagate", "throw"] as const).map(
    (nullChildren) => [profile.name, nullChildren, profile] as const
  )
);

describe.each(cases)("%s, null objects' children: %s", (_name, nullChildren, profile) => {
  const options: HostOptions = { nullChildren };
  let warn: jest.SpyInstance;
  beforeEach(() => (warn = jest.spyOn(console, "warn").mockImplementation(() => undefined)));
  afterEach(() => warn.mockRestore());

  test.each([DEFAULT_SHEETS.summary, DEFAULT_SHEETS.weights, DEFAULT_SHEETS.clauses])(
    "the user deleted %s: Create rebuilds it, with no error",
    async (sheet) => {
      const expected = await reference(profile);
      const host = new ExcelHost(profile, options);
      await createOrUpgrade(createOfficePort(), request, env);
      host.deleteSheet(sheet);
      await createOrUpgrade(createOfficePort(), request, env);
      expectComplete(host, expected);
      const { result } = await scoreAudit(createOfficePort(), "zh", {}, env);
      expect(result.stars).toBe(0);
      // The workbook's settings (workbook-memory.ts) still list the deleted sheet: that guess costs
      // one failed read (ItemNotFound), then the port reads knowing nothing. Only a host that
      // rejects null objects' children fails reads through them as well (InvalidArgument).
      const failed = host.batches.filter((b) => b.error).map((b) => b.error);
      expect(failed.filter((error) => error !== "InvalidArgument")).toEqual(["ItemNotFound"]);
      if (nullChildren === "propagate") expect(failed).toEqual(["ItemNotFound"]);
    }
  );

  test.each([3, 40, 200])(
    "write action %i of Create fails: the error reaches the caller and a re-run repairs the workbook",
    async (ordinal) => {
      const expected = await reference(profile);
      const host = new ExcelHost(profile, options);
      host.failNextWrite(ordinal);
      await expect(createOrUpgrade(createOfficePort(), request, env)).rejects.toMatchObject({
        code: "GeneralException",
      });
      await createOrUpgrade(createOfficePort(), request, env);
      expectComplete(host, expected);
    }
  );
});
