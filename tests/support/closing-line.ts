/**
 * Prints one plain closing line, `N passed, N failed, N skipped`, after Vitest's own summary:
 * the CI harness reads that form, not Vitest's table. Counts are of test cases.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class ClosingLine implements Reporter {
	onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
		let passed = 0;
		let failed = unhandledErrors.length;
		let skipped = 0;
		for (const module of modules) {
			for (const test of module.children.allTests()) {
				const state = test.result().state;
				if (state === 'passed') passed++;
				else if (state === 'failed') failed++;
				else skipped++;
			}
			// A file that failed to load has no tests; count it as a failure.
			if (module.state() === 'failed' && ![...module.children.allTests()].length) failed++;
		}
		process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
	}
}
