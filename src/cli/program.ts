/**
 * The epm-scorer program: commands, options and exit codes, with the process I/O passed in so that
 * tests run it in-process. Exit 0 when scored (certified or not), 2 on unusable input (the reason on
 * stderr, nothing written), 1 on an internal error.
 */
import { Command, CommanderError, Option } from "commander";
import { CATALOGUES } from "../catalogues";
import { levelHeader, starLevels } from "../core/standard";
import { PRODUCT_VERSION } from "../workbook/actions";
import { DEMO_OUT, runDemo } from "./demo";
import { runReport } from "./report";
import { EXIT_INPUT, InputError } from "./errors";
import { langOf } from "./lang";
import { runScore, type Io } from "./score";
import { runTemplate } from "./template";
import { runCompare, runMerge } from "./team";

/** "CC-CMM-EPM V1.0 (star level 3★/4★/5★)", one such part per registered catalogue. */
const standardsText = () =>
  CATALOGUES.map(
    (c) => `${c.id} V${c.version} (star level ${starLevels(c).map(levelHeader).join("/")})`
  ).join(", ");
const standardIds = () => [...new Set(CATALOGUES.map((c) => c.id))].join(", ");

const langOption = () =>
  new Option("--lang <lang>", "language of messages and workbook content").choices(["zh", "en"]);

function program(io: Io, exit: { code: number }): Command {
  const cli = new Command("epm-scorer")
    .description(`Score contact-centre audits against ${standardsText()}`)
    .version(PRODUCT_VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (text) => io.stderr(text), writeOut: (text) => io.stdout(text) });

  cli
    .command("template")
    .description("write a blank audit workbook")
    .requiredOption("--out <file>", "the .xlsx file to write")
    .option("--force", "replace the file when it exists (its ratings are lost)")
    .option(
      "--standard <id>",
      `the standard to audit against (${standardIds()}; default: the first)`
    )
    .option(
      "--catalogue <file>",
      "a catalogue file (.json) to audit against instead; the workbook carries it (docs/writing-a-catalogue.md)"
    )
    .addOption(langOption())
    .action(
      async (options: {
        out: string;
        force?: boolean;
        standard?: string;
        catalogue?: string;
        lang?: string;
      }) => {
        const lang = langOf(options.lang);
        await runTemplate(
          options.out,
          lang,
          {},
          Boolean(options.force),
          options.standard,
          options.catalogue,
          io.stderr
        );
        exit.code = 0;
      }
    );

  cli
    .command("score")
    .description("score one or more audit workbooks")
    .argument("<files...>", "audit workbooks (.xlsx)")
    .option("--ratings <csv>", "overlay a ratings CSV (ID and any of C, F, I) before scoring")
    .option("--weights <json>", "weight profile JSON instead of the workbook's Weights sheet")
    .option("--years <n>", "operating years instead of the workbook's")
    .option("--stage <stage>", "review stage instead of the workbook's: baseline or final")
    .option(
      "--out <file>",
      "write the scored workbook here (the input is never modified otherwise)"
    )
    .option("--json", "print only the result JSON on stdout")
    .option("--summary <csv>", "write a summary CSV (one row per file)")
    .option("--pdf <file>", "also print the report (Summary, Clauses) to this PDF via LibreOffice")
    .option("--soffice <path>", "LibreOffice's soffice program (default: found on PATH)")
    .option("--force", "replace an existing workbook at --out (it may be an audit)")
    .addOption(langOption())
    .action(async (files: string[], options: Record<string, string | boolean | undefined>) => {
      exit.code = await runScore(
        files,
        {
          ratings: options.ratings as string | undefined,
          weights: options.weights as string | undefined,
          years: options.years as string | undefined,
          stage: options.stage as string | undefined,
          out: options.out as string | undefined,
          json: Boolean(options.json),
          summary: options.summary as string | undefined,
          pdf: options.pdf as string | undefined,
          soffice: options.soffice as string | undefined,
          force: Boolean(options.force),
          lang: langOf(options.lang as string | undefined),
        },
        io
      );
    });

  cli
    .command("report")
    .description("print a scored workbook's report (Summary, then Clauses) to PDF via LibreOffice")
    .argument("<file>", "a scored audit workbook (.xlsx)")
    .requiredOption("--pdf <file>", "the PDF to write")
    .option("--soffice <path>", "LibreOffice's soffice program (default: found on PATH)")
    .option("--force", "replace the PDF file when it exists")
    .addOption(langOption())
    .action(
      async (
        file: string,
        options: { pdf: string; soffice?: string; force?: boolean; lang?: string }
      ) => {
        exit.code = await runReport(file, { ...options, lang: langOf(options.lang) });
      }
    );

  cli
    .command("merge")
    .description("merge co-auditors' returned copies into the master audit (conflicts listed)")
    .argument("<master>", "the lead's audit workbook (.xlsx); never modified")
    .argument("<copies...>", "returned copies of the same audit (.xlsx)")
    .requiredOption("--out <file>", "where to write the merged master")
    .option("--json", "print only the merge report JSON on stdout")
    .option("--other-audit", "merge copies even when their audit ID differs from the master's")
    .option("--force", "replace an existing workbook at --out (it may be an audit)")
    .addOption(langOption())
    .action(
      async (
        master: string,
        copies: string[],
        options: {
          out: string;
          json?: boolean;
          otherAudit?: boolean;
          force?: boolean;
          lang?: string;
        }
      ) => {
        exit.code = await runMerge(master, copies, { ...options, lang: langOf(options.lang) }, io);
      }
    );

  cli
    .command("compare")
    .description("compare two audits of the same standard: stars, conditions, modules, clauses")
    .argument("<before>", "the earlier audit (.xlsx)")
    .argument("<after>", "the later audit (.xlsx)")
    .option("--out <file>", "write the later audit with a 对比 Compare sheet here")
    .option("--json", "print only the comparison JSON on stdout")
    .option("--force", "replace an existing workbook at --out (it may be an audit)")
    .addOption(langOption())
    .action(
      async (
        before: string,
        after: string,
        options: { out?: string; json?: boolean; force?: boolean; lang?: string }
      ) => {
        exit.code = await runCompare(before, after, { ...options, lang: langOf(options.lang) }, io);
      }
    );

  cli
    .command("demo")
    .description("score the bundled example audit and write demo/scored-audit.xlsx")
    .option("--ratings <csv>", "example ratings", "examples/ratings-example.csv")
    .option(
      "--out <file>",
      `where to write the scored workbook (default: ${DEMO_OUT}, replaced on each run)`
    )
    .option("--force", "replace the --out file when it exists (it may be an audit)")
    .addOption(langOption())
    .action(async (options: { ratings: string; out?: string; force?: boolean; lang?: string }) => {
      exit.code = await runDemo({ ...options, lang: langOf(options.lang) }, io);
    });
  return cli;
}

/** Run the command line on argv (user arguments only, without node and script); returns the exit code. */
export async function runCli(args: string[], io: Io): Promise<number> {
  const exit = { code: 0 };
  try {
    await program(io, exit).parseAsync(args, { from: "user" });
    return exit.code;
  } catch (error) {
    // --help and --version end here with code 0; usage errors are unusable input.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_INPUT;
    if (error instanceof InputError) {
      io.stderr(error.message + "\n");
      return EXIT_INPUT;
    }
    io.stderr(`epm-scorer: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
