// Prints the test run's totals as one plain line ("tests: 779 passed, 0 failed, 3 skipped") from
// the JSON report vitest writes during `npm test`, so a log reader sees the outcome at a glance.
import { readFileSync } from "node:fs";

const report = JSON.parse(readFileSync(new URL("../.test-results.json", import.meta.url), "utf8"));
const skipped = report.numPendingTests + report.numTodoTests;
process.stdout.write(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped\n`);
process.exitCode = report.numFailedTests > 0 || !report.success ? 1 : 0;
