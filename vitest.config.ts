// Vitest projects: unit, rules, meta, data, cli, site, e2e. The `data` project validates
// the real data/ tree and is the CI gate for data changes.
import { defineConfig } from 'vitest/config';

const project = (name: string, extra: Record<string, unknown> = {}) => ({
	test: { name, include: [`tests/${name}/**/*.test.ts`], ...extra },
});

export default defineConfig({
	test: {
		reporters: ['default', './tests/support/closing-line.ts'],
		// Explicit timeouts everywhere: CI's machine has two cores shared with other work, where a test
		// reading tens of megabytes (record files, the bench generator) passed Vitest's 5 s default.
		projects: [
			project('unit', { testTimeout: 60_000 }),
			project('rules', { testTimeout: 60_000 }),
			project('meta', { testTimeout: 60_000 }),
			project('data', { testTimeout: 60_000 }),
			project('cli', { testTimeout: 60_000 }),
			project('site', { globalSetup: ['tests/site/build-once.ts'], hookTimeout: 600_000, testTimeout: 60_000 }),
			// Browser tests: the built demo site on 127.0.0.1 in Debian's Chromium (tests/e2e/setup.ts).
			project('e2e', { globalSetup: ['tests/e2e/setup.ts'], hookTimeout: 600_000, testTimeout: 60_000 }),
		],
		coverage: {
			provider: 'v8',
			include: ['src/**/*.ts'],
			exclude: ['src/dev/**'],
		},
	},
});
