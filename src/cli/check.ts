/**
 * `npm run check [-- --data DIR] [--internal DIR] [--format F] [--strict] [--threads 1|2] [--handoff DIR]`
 * — validates the data tree (and, for the build, writes the site's hand-off: src/handoff/writer.ts).
 * Contract (other tools and CI depend on it): exit 0 when there is no error, 1 when there are
 * errors (or warnings with --strict), 2 for bad usage or an internal failure.
 */
import { existsSync, statSync } from 'node:fs';
import { FORMATS, fails, STREAMS, type FormatName } from '../engine/reporters/index.ts';
import { runCheckAuto } from '../engine/run.ts';
import { handoffWriter } from '../handoff/writer.ts';
import { parseCommandLine, runMain, UsageError } from './usage-error.ts';

const USAGE = `Использование: npm run check -- [--data ПАПКА] [--internal ПАПКА] [--format ФОРМАТ] [--strict] [--threads 1|2] [--handoff ПАПКА]

  --data ПАПКА     папка с данными (по умолчанию data)
  --internal ПАПКА  папка внутренних сведений (контакты сотрудников, отметки о безопасности),
                   например копия закрытого репозитория; по умолчанию <папка с данными>/internal
  --format ФОРМАТ  stylish (по умолчанию), json, junit, github, gitlab или markdown; замечания
                   по внутренним сведениям показывает только stylish, остальные их только считают
  --strict         считать предупреждения ошибками
  --today ГГГГ-ММ-ДД  дата, на которую проверять (по умолчанию сегодня; для демо-данных — site.asOf)
  --threads 1|2    потоки проверки; по умолчанию два, но один для очень больших данных (больше
                   300 000 файлов), чтобы уложиться в 1,5 ГБ памяти; 2 — два потока при любом
                   объёме: быстрее, но памяти нужно почти вдвое больше
  --handoff ПАПКА  записать в папку прочитанные данные, сводки кварталов и файлы проверки
                   ссылок для сборки сайта (так проверку вызывает npm run build: сайт не
                   читает файлы второй раз)

Код выхода: 0 — ошибок нет, 1 — есть ошибки, 2 — неверный вызов или внутренняя ошибка.
`;

async function main(): Promise<number> {
	const args = parseCommandLine({
		options: {
			data: { type: 'string', default: 'data' },
			internal: { type: 'string' },
			format: { type: 'string', default: 'stylish' },
			strict: { type: 'boolean', default: false },
			today: { type: 'string' },
			threads: { type: 'string' },
			handoff: { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false },
		},
		allowPositionals: false,
	}).values;
	if (args.help) {
		process.stdout.write(USAGE);
		return 0;
	}
	if (!(args.format in FORMATS))
		throw new UsageError(`Неизвестный формат «${args.format}»: ожидался один из ${Object.keys(FORMATS).join(', ')}.`);
	if (args.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.today))
		throw new UsageError(`--today: ожидалась дата ГГГГ-ММ-ДД, указано «${args.today}».`);
	if (args.threads !== undefined && args.threads !== '1' && args.threads !== '2')
		throw new UsageError(`--threads: ожидалось 1 или 2, указано «${args.threads}».`);
	if (!existsSync(args.data) || !statSync(args.data).isDirectory()) throw new UsageError(`Папка с данными «${args.data}» не найдена.`);
	if (args.internal !== undefined && (!existsSync(args.internal) || !statSync(args.internal).isDirectory()))
		throw new UsageError(`Папка внутренних сведений «${args.internal}» не найдена.`);

	const started = Date.now();
	let lastProgress = started;
	const result = await runCheckAuto({
		dataDir: args.data,
		...(args.internal !== undefined ? { internalDir: args.internal } : {}),
		...(args.today ? { today: args.today } : {}),
		...(args.handoff !== undefined ? { hooks: handoffWriter(args.handoff, args.data) } : {}),
		...(args.threads === '1' ? { threads: 1 } : args.threads === '2' ? { threads: 2, maxFiles: Infinity } : {}),
		progress: (done, total) => {
			const now = Date.now();
			if (now - lastProgress < 2000) return;
			lastProgress = now;
			process.stderr.write(`… проверено ${done} из ${total} квартальных таблиц организаций\n`);
		},
	});
	const input = { ...result, strict: args.strict };
	const format = args.format as FormatName;
	await writeChunks(format === 'stylish' ? STREAMS.stylish(input, process.stdout.isTTY === true) : STREAMS[format](input), process.stdout);
	if (Date.now() - started > 2000) process.stderr.write(`Проверка заняла ${((Date.now() - started) / 1000).toFixed(1)} с.\n`);
	return fails(input) ? 1 : 0;
}

/** Batches of about this many characters go to stdout: one write per finding would be slow. */
const BATCH = 1 << 16;

/**
 * Writes the report as it is made, waiting whenever stdout's buffer is full, so a large report is
 * never one string in memory: a 200 MB table's findings once made 835 MB of text, and the json
 * format's one string passed V8's limit («Invalid string length»). A reader that goes away (the
 * pipe closes) ends the writing rather than leaving it waiting.
 */
async function writeChunks(chunks: Iterable<string>, out: NodeJS.WritableStream): Promise<void> {
	let batch = '';
	const flush = async () => {
		const text = batch;
		batch = '';
		if (out.write(text)) return;
		await new Promise<void>((resolve) => {
			const done = () => {
				out.off('drain', done);
				out.off('close', done);
				out.off('error', done);
				resolve();
			};
			out.on('drain', done);
			out.on('close', done);
			out.on('error', done);
		});
	};
	for (const chunk of chunks) {
		batch += chunk;
		if (batch.length >= BATCH) await flush();
	}
	if (batch) await flush();
}

await runMain(main, USAGE);
