/**
 * Prints the plain closing line "tests: N passed, N failed, N skipped" that CI reads in any
 * language, after Jest's own summary.
 */
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
    process.stdout.write(
      `tests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`
    );
  }
}
module.exports = PlainSummaryReporter;
