/** The example audit as the command line scores it: the shared starting point of end-to-end tests. */
import path from "node:path";
import type { Result } from "../../src/core/types";
import { cli, ROOT } from "../cli/harness";

/** Template (zh unless told) + examples/ratings-example.csv + 4 operating years, scored into `out`. */
export async function makeRatedWorkbook(
  dir: string,
  out: string,
  lang: "zh" | "en" = "zh"
): Promise<Result> {
  const template = path.join(dir, `template-${lang}.xlsx`);
  const created = await cli("template", "--out", template, "--lang", lang);
  if (created.code !== 0) throw new Error(created.stderr);
  const ratings = path.join(ROOT, "examples", "ratings-example.csv");
  const run = await cli(
    "score",
    template,
    "--ratings",
    ratings,
    "--years",
    "4",
    "--out",
    out,
    "--json"
  );
  if (run.code !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Result;
}
