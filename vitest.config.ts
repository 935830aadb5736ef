// Vitest projects (style-models §14): unit, rules, meta, data, cli. The `data` project validates
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
		],
		coverage: {
			provider: 'v8',
			include: ['src/**/*.ts'],
			exclude: ['src/dev/**'],
		},
	},
});
