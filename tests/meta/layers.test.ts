/**
 * The layer arrows of docs/architecture.md are enforced by `npm run lint`; these cases hold the
 * lint configuration to them, so a mistake in its zones cannot pass silently.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: resolve(root, '.config/eslint.config.js') });

async function restricted(file: string, specifier: string): Promise<boolean> {
	const [result] = await eslint.lintText(`import { x } from '${specifier}';\nexport const y = x;\n`, { filePath: resolve(root, file) });
	return (result?.messages ?? []).some((message) => message.ruleId === 'no-restricted-imports');
}

describe('layer zones', () => {
	it.each([
		['src/schemas/account.ts', '../lib/dates.ts'],
		['src/lib/lookup/answer.ts', '../../loaders/dataset-types.ts'],
		['src/lib/dates.ts', '../engine/run.ts'],
		['src/loaders/dataset.ts', '../engine/types.ts'],
		['src/engine/run.ts', '../queries/site.ts'],
		// The engine feeds the hand-off through its hooks, knowing nothing of it.
		['src/engine/run.ts', '../handoff/writer.ts'],
		['src/engine/check-worker.ts', '../handoff/period-records.ts'],
		['src/rules/no-secrets.ts', '../handoff/manifest.ts'],
		['src/loaders/tree.ts', '../handoff/manifest.ts'],
		['src/handoff/writer.ts', '../queries/stats.ts'],
		['src/rules/no-secrets.ts', '../cli/check.ts'],
		['src/queries/site.ts', '../components/Home.astro'],
		['src/editor/fields.ts', '../cli/usage-error.ts'],
		['src/scripts/link-check/main.ts', '../../loaders/collections.ts'],
	])('%s may not import %s', async (file, specifier) => {
		expect(await restricted(file, specifier)).toBe(true);
	});

	it.each([
		['src/lib/dates.ts', './ru-format.ts'],
		['src/loaders/dataset.ts', '../schemas/account.ts'],
		['src/engine/run.ts', '../loaders/tree.ts'],
		['src/handoff/writer.ts', '../engine/hooks.ts'],
		['src/handoff/period-records.ts', '../engine/period-digest.ts'],
		['src/queries/stats.ts', '../handoff/period-records.ts'],
		['src/queries/site.ts', '../engine/period-summary.ts'],
		['src/cli/check.ts', '../engine/run.ts'],
	])('%s may import %s', async (file, specifier) => {
		expect(await restricted(file, specifier)).toBe(false);
	});
});
