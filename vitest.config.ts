// Vitest projects (style-models §14): unit, rules, meta, data, cli, site, e2e. The `data` project validates
// the real data/ tree and is the CI gate for data changes.
import { defineConfig } from 'vitest/config';

const project = (name: string, extra: Record<string, unknown> = {}) => ({
	test: { name, include: [`tests/${name}/**/*.test.ts`], ...extra },
});

export default defineConfig({
	test: {
		reporters: ['default', './tests/support/closing-line.ts'],
		projects: [project('unit'), project('rules'), project('meta'), project('data'), project('cli', { testTimeout: 60_000 }),
			project('site', { globalSetup: ['tests/site/build-once.ts'], hookTimeout: 600_000 }),
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
