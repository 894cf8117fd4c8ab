/**
 * Round trips per action through Microsoft's Excel client against the emulated host, under both
 * behaviours of a null object's children (nullChildren "propagate" | "throw") and every profile:
 * Create, upgrade, Score, Apply weights and Score now take two batches each (one read, one write),
 * for every action of a port, for the first action of a new port of the same page or of a page
 * that finds the last one's memory (localStorage), and for the first action on an audit this Excel
 * has never seen (another machine's file, storage cleared, this Excel's behaviour not known yet):
 * the workbook carries its layout in the add-in's document settings (workbook-memory.ts). On an
 * audit the add-in never wrote (made by the command line), the ribbon's Score now guesses an
 * audit's layout and stays 2; the pane reads the workbook when its Start tab opens (in the
 * background, 1 to 3 batches) and every action after it is 2, upgrade included. A wrong guess costs
 * a read, never a wrong snapshot (last tests).
 */
import { objectMemory, type PortMemory } from "../../../src/adapters/office/memory";
import { createOfficePort } from "../../../src/adapters/office/port";
import { epmV1 } from "../../../src/catalogues";
import { createAuditOfficePort } from "../../../src/services/officePort";
import { runScoreNow } from "../../../src/commands/scoreNow";
import {
  applyProfile,
  createOrUpgrade,
  describeWorkbook,
  scoreAudit,
} from "../../../src/workbook/actions";
import { standardsReadRequest } from "../../../src/workbook/standard";
import { ExcelHost } from "../../support/excel-host/host";
import { EXCEL_365_WEB, PROFILES } from "../../support/excel-host/profiles";

const NOW = new Date("2025-06-01T08:00:00.000Z");
const env = { now: () => NOW };
const WEIGHTS = { name: "heavier HR", modules: { "4.0": 800 } };

type Port = ReturnType<typeof createOfficePort>;
const ACTIONS: [string, (port: Port) => Promise<unknown>][] = [
  ["upgrade", (port) => createOrUpgrade(port, { lang: "zh", catalogue: epmV1 }, env)],
  ["Score", (port) => scoreAudit(port, "zh", {}, env)],
  ["Apply weights", (port) => applyProfile(port, WEIGHTS, "zh", env)],
  ["Score now", (port) => runScoreNow({ port, lang: "zh", now: () => NOW })],
];

async function counted(host: ExcelHost, action: () => Promise<unknown>): Promise<number> {
  const before = host.roundTrips;
  await action();
  return host.roundTrips - before;
}

const MEASURE = process.env.EPM_MEASURE === "1";
const measured: string[] = [];
afterAll(() => {
  if (MEASURE) require("fs").writeFileSync("/tmp/rt/measured.txt", measured.join("\n") + "\n");
});

describe.each(["propagate", "throw"] as const)("null objects' children: %s", (nullChildren) => {
  describe.each(PROFILES.map((p) => [p.name, p] as const))("%s", (_name, profile) => {
    test("every action is one read and one write, from the first action of a port on", async () => {
      const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
      const host = new ExcelHost(profile, { nullChildren });
      const rows: [string, number][] = [];
      const memory = objectMemory();
      const port = createOfficePort({ memory });
      rows.push([
        "Create (blank workbook, new port)",
        await counted(host, () => createOrUpgrade(port, { lang: "zh", catalogue: epmV1 }, env)),
      ]);
      for (const [name, action] of ACTIONS)
        rows.push([`${name} (later)`, await counted(host, () => action(port))]);
      for (const [name, action] of ACTIONS)
        rows.push([
          `${name} (new port, same memory)`,
          await counted(host, () => action(createOfficePort({ memory }))),
        ]);
      warn.mockRestore();
      for (const [name, n] of rows)
        measured.push(`${nullChildren}\t${profile.name}\t${name}\t${n}`);
      expect(host.batches.filter((b) => b.error)).toEqual([]);
      if (!MEASURE) expect(rows).toEqual(rows.map(([name]) => [name, 2]));
    });
  });
});

describe.each(["propagate", "throw"] as const)(
  "nothing remembered (another machine, or storage cleared); null objects' children: %s",
  (nullChildren) => {
    test.each(PROFILES.map((p) => [p.name, p] as const))(
      "%s: Create on a blank workbook is 2; every action on an audit this Excel has never seen is 2",
      async (_name, profile) => {
        const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
        const host = new ExcelHost(profile, { nullChildren });
        const create = () =>
          createOrUpgrade(
            createOfficePort({ memory: objectMemory() }),
            { lang: "zh", catalogue: epmV1 },
            env
          );
        expect(await counted(host, create)).toBe(2);
        const rows: [string, number][] = [];
        for (const [name, action] of ACTIONS) {
          // The saved file, opened where nothing is remembered: neither the workbook nor what this
          // Excel does with null objects' children.
          host.settings.reopen();
          const port = createOfficePort({ memory: objectMemory() });
          rows.push([`${name} (first)`, await counted(host, () => action(port))]);
          rows.push([`${name} (then)`, await counted(host, () => action(port))]);
        }
        warn.mockRestore();
        for (const [name, n] of rows)
          measured.push(
            `${nullChildren}\t${profile.name}\tno memory of the workbook: ${name}\t${n}`
          );
        expect(host.batches.filter((b) => b.error)).toEqual([]);
        if (!MEASURE) expect(rows).toEqual(rows.map(([name]) => [name, 2]));
      }
    );

    test.each(PROFILES.map((p) => [p.name, p] as const))(
      "%s: an audit the add-in never wrote (made by the command line): every action is 2, from the ribbon, and in the pane after its Start tab's read",
      async (_name, profile) => {
        const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
        const host = new ExcelHost(profile, { nullChildren });
        const made = objectMemory();
        await createOrUpgrade(
          createOfficePort({ memory: made }),
          { lang: "zh", catalogue: epmV1 },
          env
        );
        const commandLine = () => host.settings.clearDocument();
        const rows: [string, number][] = [];
        // The ribbon on an Excel that knows nothing yet, not even its null objects' behaviour.
        commandLine();
        const ribbon = createAuditOfficePort("zh", { memory: objectMemory() });
        rows.push(["Score now (ribbon, first)", await counted(host, () => ACTIONS[3][1](ribbon))]);
        rows.push(["Score now (ribbon, then)", await counted(host, () => ACTIONS[3][1](ribbon))]);
        // The pane opens on its Start tab, which reads the workbook in the background
        // (describeWorkbook) as Create or upgrade will: every action after it is 2, upgrade too
        // (Create and upgrade never guess an audit: Create on a blank workbook must stay 2). This
        // Excel's behaviour with null objects is known from its first read on (kept per Excel).
        const excel: PortMemory = objectMemory();
        for (const [name, action] of ACTIONS) {
          commandLine();
          excel.rememberKnown(null);
          const port = createAuditOfficePort("zh", { memory: excel });
          const opens = () => describeWorkbook(port, "zh");
          rows.push([`pane opens before ${name}`, await counted(host, opens)]);
          rows.push([`${name} (pane, first)`, await counted(host, () => action(port))]);
          rows.push([`${name} (pane, then)`, await counted(host, () => action(port))]);
        }
        warn.mockRestore();
        for (const [name, n] of rows)
          measured.push(`${nullChildren}\t${profile.name}\tno settings: ${name}\t${n}`);
        // Upgrade guesses nothing: without settings, a table's ranges can only be asked for once
        // the workbook's lists have shown it exists (read.ts), one more read, unless this Excel
        // gives null objects. The first read of this Excel also shows what it does with them: on
        // one that fails them, that read is one failed batch (once per Excel). The actions that
        // need an audit guess the one Create would make, and it holds.
        const opening = nullChildren === "throw" ? [3, 2, 2, 2] : [2, 1, 1, 1];
        if (!MEASURE)
          expect(rows).toEqual([
            ["Score now (ribbon, first)", 2],
            ["Score now (ribbon, then)", 2],
            ...ACTIONS.flatMap(([name], k) => [
              [`pane opens before ${name}`, opening[k]],
              [`${name} (pane, first)`, 2],
              [`${name} (pane, then)`, 2],
            ]),
          ]);
      }
    );
  }
);

describe.each(["propagate", "throw"] as const)(
  "a wrong guess costs a read, never a wrong snapshot; null objects' children: %s",
  (nullChildren) => {
    const read = (port: Port) => port.read(standardsReadRequest([epmV1]));

    test("the workbook's settings are stale (a sheet deleted since): the snapshot is the one read knowing nothing", async () => {
      const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
      const host = new ExcelHost(EXCEL_365_WEB, { nullChildren });
      await createOrUpgrade(
        createOfficePort({ memory: objectMemory() }),
        { lang: "zh", catalogue: epmV1 },
        env
      );
      host.deleteSheet("权重 Weights");
      const guessed = await read(createOfficePort({ memory: objectMemory() }));
      const saved = host.settings.saved;
      host.settings.clearDocument();
      const plain = await read(createOfficePort({ memory: objectMemory() }));
      warn.mockRestore();
      expect(guessed).toEqual(plain);
      expect(guessed.tables.EpmModuleWeights).toBeUndefined();
      expect(Object.keys(saved)).toEqual(["epm-star-scorer.layout"]);
    });

    test("the ribbon's guess of an audit, on a blank workbook: Score now fails as without it, one read later", async () => {
      const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
      const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
      const host = new ExcelHost(EXCEL_365_WEB, { nullChildren });
      const score = (port: Port) => runScoreNow({ port, lang: "zh", now: () => NOW });
      let n = host.roundTrips;
      const plain = await score(createOfficePort({ memory: objectMemory() }));
      const plainTrips = host.roundTrips - n;
      n = host.roundTrips;
      const ribbon = await score(createAuditOfficePort("zh", { memory: objectMemory() }));
      const ribbonTrips = host.roundTrips - n;
      warn.mockRestore();
      error.mockRestore();
      expect(plain.ok).toBe(false);
      expect(ribbon).toEqual(plain);
      expect(ribbonTrips).toBe(plainTrips + 1);
      // And on the audit the guess was made for, the ribbon reads what a port knowing nothing reads.
      await createOrUpgrade(
        createOfficePort({ memory: objectMemory() }),
        { lang: "zh", catalogue: epmV1 },
        env
      );
      host.settings.clearDocument();
      expect(await read(createAuditOfficePort("zh", { memory: objectMemory() }))).toEqual(
        await read(createOfficePort({ memory: objectMemory() }))
      );
    });
  }
);
