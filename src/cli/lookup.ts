/**
 * npm run --silent lookup [-- --data DIR] [TEXT...]
 * Answers whatever a citizen holds (a link, a message with a link, @name, a website, an e-mail, a
 * phone) from the registry in DIR, exactly as /proverka/ does on the built site: the same shards,
 * built in memory from the same public data, and the same lookup. One JSON line out per text in.
 */
import { existsSync } from 'node:fs';
import { loadPublicData } from '../handoff/public-data.ts';
import { registryOf } from '../handoff/lookup-registry.ts';
import { answerLine, buildShards, lookup, RegistryLookup } from '../lib/lookup/index.ts';
import { endQuietlyOnClosedPipe, stdinLines, write } from './lines.ts';
import { parseCommandLine, runMain, UsageError } from './usage-error.ts';

const USAGE = `Использование: npm run --silent lookup -- [--data ПАПКА] [ТЕКСТ...]

Проверяет по реестру ссылки, имена страниц (@имя), сайты, адреса электронной
почты и телефоны — так же, как страница «Проверить ссылку» на сайте портала.
Тексты берутся из аргументов, а без них — со стандартного ввода, по одному
на строку. На каждый текст печатается ровно одна строка JSON:
  {"input", "verdict", "accounts", "orgs", "reason"}
verdict: official, formerly-official, lookalike, name-registered,
official-contact, not-registered, not-an-account (описание — docs/lookup.md).

Параметры:
  --data ПАПКА   папка с данными (по умолчанию data)
  -h, --help     показать эту справку
  --             всё дальнейшее — тексты, даже если начинается с «-»

Коды выхода: 0 — готово, 2 — неверные параметры или папка не найдена.
`;

async function main(): Promise<number> {
	const { values, positionals } = parseCommandLine({
		options: { data: { type: 'string', default: 'data' }, help: { type: 'boolean', short: 'h' } },
		allowPositionals: true,
	});
	if (values.help) {
		await write(USAGE);
		return 0;
	}
	if (!existsSync(values.data)) throw new UsageError(`Папка с данными не найдена: ${values.data}`);
	const { config, files } = buildShards(registryOf(loadPublicData(values.data).dataset));
	const registry = new RegistryLookup(config, async (name) => JSON.parse(files.get(name) ?? 'null'));
	const texts = positionals.length > 0 ? positionals : stdinLines();
	for await (const text of texts) await write(`${JSON.stringify(answerLine(await lookup(text, registry)))}\n`);
	return 0;
}

endQuietlyOnClosedPipe();
void runMain(main, USAGE);
