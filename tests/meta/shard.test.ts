// Every dynamic route renders through shardPaths (src/lib/shard.ts): a route that forgot it would
// be rendered by every process of a shared build (npm run build, src/cli/build.ts), each writing
// the same pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_FOLDERS } from '../../src/lib/shard.ts';

const pagesDir = resolve(import.meta.dirname, '../../src/pages');
const files = (readdirSync(pagesDir, { recursive: true }) as string[])
	.filter((file) => /\.(astro|ts|mdx?)$/.test(file) && !file.split(/[\\/]/).some((part) => part.startsWith('_')))
	.map((file) => join(pagesDir, file));
const dynamic = files.filter((file) => /getStaticPaths/.test(readFileSync(file, 'utf8')) && relative(pagesDir, file) !== 'sitemap.xml.ts');

describe('shared builds', () => {
	it('finds the dynamic routes', () => expect(dynamic.length).toBeGreaterThanOrEqual(10));

	it.each(dynamic.map((file) => [relative(pagesDir, file), file]))('%s returns its paths through shardPaths', (_, file) => {
		const source = readFileSync(file, 'utf8');
		const definition =
			/export (?:const getStaticPaths = [^\n]*(?:\n\t[^\n]*)*|(?:async )?function getStaticPaths\(\) \{[\s\S]*?\n\})/.exec(source)?.[0] ??
			'';
		expect(definition).toContain('shardPaths(');
	});
});

// The processes of a shared build write SHARED_FOLDERS into one folder (src/cli/build.ts): no page
// there may be rendered by two of them, so every route there must be dynamic (split by shardPaths,
// above), and no route elsewhere may reach into them.
describe('folders the processes of a shared build write together', () => {
	const routes = files.map((file) => relative(pagesDir, file).split(/[\\/]/).join('/'));

	it.each(SHARED_FOLDERS.map((folder) => [folder]))('%s/ holds dynamic routes only', (folder) => {
		const inside = routes.filter((route) => route.startsWith(`${folder}/`) || route.replace(/\.\w+$/, '') === folder);
		expect(inside.length).toBeGreaterThan(0);
		for (const route of inside)
			expect(
				dynamic.map((file) => relative(pagesDir, file).split(/[\\/]/).join('/')),
				route,
			).toContain(route);
	});

	it('no route outside them has a parameter as its first folder, which could write into them', () => {
		expect(routes.filter((route) => route.startsWith('['))).toEqual([]);
	});
});
