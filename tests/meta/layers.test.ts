/**
 * The layer arrows of docs/architecture.md are enforced by `npm run lint`; these cases hold the
 * lint configuration to them, so a mistake in its zones cannot pass silently.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: resolve(root, '.config/eslint.config.js') });

/** Whether the import is refused; an .astro file gets it in its frontmatter, where Astro keeps imports. */
async function restricted(file: string, specifier: string, importKind: 'value' | 'type' = 'value'): Promise<boolean> {
	const code = `import ${importKind === 'type' ? 'type ' : ''}{ x } from '${specifier}';\nexport const y: typeof x | undefined = undefined;\n`;
	const text = file.endsWith('.astro') ? `---\n${code}---\n<p>{y}</p>\n` : code;
	const [result] = await eslint.lintText(text, { filePath: resolve(root, file) });
	const messages = result?.messages ?? [];
	const fatal = messages.find((message) => message.fatal);
	if (fatal) throw new Error(`${file}: ${fatal.message}`);
	return messages.some(
		(message) => message.ruleId === 'no-restricted-imports' || message.ruleId === '@typescript-eslint/no-restricted-imports',
	);
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
		['src/queries/lookup.ts', '../scripts/link-check/render.ts'],
		['src/lib/lookup/page-data.ts', '../../scripts/charts-spec.ts'],
		['src/components/Statement.astro', '../queries/history.ts'],
		['src/components/reply-figures.ts', '../queries/stats.ts'],
		// The layout gets the site's settings from the page, like any component.
		['src/layouts/Base.astro', '../queries/site.ts'],
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
		['src/scripts/link-check/main.ts', '../../lib/lookup/page-data.ts'],
		['src/queries/lookup.ts', '../lib/lookup/page-data.ts'],
		['src/components/Statement.astro', '../lib/period-labels.ts'],
		['src/pages/akkaunt/[id].astro', '../../queries/history.ts'],
	])('%s may import %s', async (file, specifier) => {
		expect(await restricted(file, specifier)).toBe(false);
	});

	it.each([
		['src/components/Statement.astro', '../queries/accounts.ts'],
		['src/components/reply-figures.ts', '../queries/stats.ts'],
		['src/layouts/Base.astro', '../queries/site.ts'],
	])('%s may import the types of %s', async (file, specifier) => {
		expect(await restricted(file, specifier, 'type')).toBe(false);
	});
});
