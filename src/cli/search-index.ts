/**
 * `npm run search-index [-- --site dist] [--pages DIR …]` — the Pagefind index of the built site,
 * the last step of `npm run build`, which has it read the folders its Astro processes rendered into
 * (--pages) while it merges them; the index is written into --site. Only the pages citizens search
 * for are read: organisation pages (they list every account by name, with network, kind and status
 * filters) and act pages .
 * Statements, statistics and registry listings are left out on purpose: Pagefind spends about
 * 2 ms and 120 KiB per page it reads, and at 20,000 accounts reading all 46,000 pages took 40 s
 * and 2.6 GB for an index of the same 5,000 pages.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { formatCount, formatNumber, NBSP } from '../lib/ru-format.ts';
import { parseCommandLine, runMain, UsageError } from './usage-error.ts';

/** The pages that carry `data-pagefind-body`, relative to the site folder (a test holds them equal). */
export const SEARCH_GLOB = '{org,akty}/*/index.html';

/** Printed once every page is read, before the index is written (src/cli/build.ts merges then). */
export const READ_LINE = 'Поисковый индекс: страницы прочитаны';

const USAGE = `Использование: npm run search-index -- [--site ПАПКА] [--pages ПАПКА …]

Строит поисковый индекс Pagefind по собранному сайту: страницы организаций и правовых актов.

  --site ПАПКА   папка собранного сайта, куда записывается индекс (по умолчанию dist)
  --pages ПАПКА  читать страницы из этой папки, а не из --site; можно указать несколько
                 (так npm run build индексирует части сайта, собранные разными процессами)

Код выхода: 0 — индекс построен, 2 — неверный вызов или ошибка Pagefind.
`;

async function main(): Promise<number> {
	const args = parseCommandLine({
		options: {
			site: { type: 'string', default: 'dist' },
			pages: { type: 'string', multiple: true },
			help: { type: 'boolean', short: 'h', default: false },
		},
	}).values;
	if (args.help) {
		process.stdout.write(USAGE);
		return 0;
	}
	const folders = args.pages?.length ? args.pages : [args.site];
	for (const folder of new Set([args.site, ...folders])) {
		if (!existsSync(folder) || !statSync(folder).isDirectory())
			throw new UsageError(`Папка сайта «${folder}» не найдена: сначала соберите сайт (npm run build).`);
	}

	const started = Date.now();
	process.stderr.write(`Поисковый индекс: читаю ${SEARCH_GLOB} в ${folders.join(', ')} …\n`);
	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' });
		if (!index) throw new Error(errors.join('; '));
		// Each folder is a site root: a page's address is its path in the folder, whichever it is in.
		let pages = 0;
		for (const folder of folders) {
			const added = await index.addDirectory({ path: folder, glob: SEARCH_GLOB });
			if (added.errors.length) throw new Error(added.errors.join('; '));
			pages += added.page_count;
		}
		if (pages === 0) throw new Error(`в ${folders.join(', ')} нет страниц ${SEARCH_GLOB}`);
		process.stderr.write(`${READ_LINE} (${formatCount(pages, 'страница|страницы|страниц')}), записываю индекс …\n`);
		const written = await index.writeFiles({ outputPath: join(args.site, 'pagefind') });
		if (written.errors.length) throw new Error(written.errors.join('; '));
		process.stderr.write(
			`Поисковый индекс: ${formatCount(pages, 'страница|страницы|страниц')} за ${formatNumber((Date.now() - started) / 1000)}${NBSP}с → ${written.outputPath}\n`,
		);
	} catch (error) {
		throw new Error(`Pagefind не построил индекс: ${(error as Error).message}`);
	} finally {
		await pagefind.close();
	}
	return 0;
}

if (import.meta.main) await runMain(main, USAGE);
