// Every dynamic route renders through shardPaths (src/lib/shard.ts): a route that forgot it would
// be rendered by every process of a shared build (npm run build, src/cli/build.ts), each writing
// the same pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const pagesDir = resolve(import.meta.dirname, '../../src/pages');
const files = (readdirSync(pagesDir, { recursive: true }) as string[])
	.filter((file) => /\.(astro|ts|mdx?)$/.test(file) && !file.split(/[\\/]/).some((part) => part.startsWith('_')))
	.map((file) => join(pagesDir, file));
const dynamic = files.filter((file) => /getStaticPaths/.test(readFileSync(file, 'utf8')) && relative(pagesDir, file) !== 'sitemap.xml.ts');

describe('shared builds', () => {
	it('finds the dynamic routes', () => expect(dynamic.length).toBeGreaterThanOrEqual(10));

	it.each(dynamic.map((file) => [relative(pagesDir, file), file]))('%s returns its paths through shardPaths', (_, file) => {
		const source = readFileSync(file, 'utf8');
		const definition = /export (?:const getStaticPaths = [^\n]*(?:\n\t[^\n]*)*|(?:async )?function getStaticPaths\(\) \{[\s\S]*?\n\})/.exec(source)?.[0] ?? '';
		expect(definition).toContain('shardPaths(');
	});
});
