/** Entry point of the bundled epm-scorer command line (build/cli/epm-scorer.cjs). */
import { runCli } from "./program";

// A closed pipe (e.g. `| head`) ends the output quietly instead of with a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  progress: Boolean(process.stderr.isTTY),
}).then((code) => {
  process.exitCode = code;
});
