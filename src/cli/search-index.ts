/**
 * `npm run search-index [-- --site dist]` — the Pagefind index of the built site, the last step of
 * `npm run build`. Only the pages citizens search for are read: organisation pages (they list every
 * account by name, with network, kind and status filters) and act pages (issue 3, «Search»).
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

const USAGE = `Использование: npm run search-index -- [--site ПАПКА]

Строит поисковый индекс Pagefind по собранному сайту: страницы организаций и правовых актов.

  --site ПАПКА  папка собранного сайта (по умолчанию dist)

Код выхода: 0 — индекс построен, 2 — неверный вызов или ошибка Pagefind.
`;

async function main(): Promise<number> {
	const args = parseCommandLine({ options: { site: { type: 'string', default: 'dist' }, help: { type: 'boolean', short: 'h', default: false } } }).values;
	if (args.help) {
		process.stdout.write(USAGE);
		return 0;
	}
	if (!existsSync(args.site) || !statSync(args.site).isDirectory()) throw new UsageError(`Папка сайта «${args.site}» не найдена: сначала соберите сайт (npm run build).`);

	const started = Date.now();
	process.stderr.write(`Поисковый индекс: читаю ${SEARCH_GLOB} в ${args.site} …\n`);
	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' });
		if (!index) throw new Error(errors.join('; '));
		const added = await index.addDirectory({ path: args.site, glob: SEARCH_GLOB });
		if (added.errors.length) throw new Error(added.errors.join('; '));
		if (added.page_count === 0) throw new Error(`в ${args.site} нет страниц ${SEARCH_GLOB}`);
		const written = await index.writeFiles({ outputPath: join(args.site, 'pagefind') });
		if (written.errors.length) throw new Error(written.errors.join('; '));
		process.stderr.write(`Поисковый индекс: ${formatCount(added.page_count, 'страница|страницы|страниц')} за ${formatNumber((Date.now() - started) / 1000)}${NBSP}с → ${written.outputPath}\n`);
	} catch (error) {
		throw new Error(`Pagefind не построил индекс: ${(error as Error).message}`);
	} finally {
		await pagefind.close();
	}
	return 0;
}

if (import.meta.main) await runMain(main, USAGE);
