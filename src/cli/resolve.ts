/**
 * npm run --silent resolve [-- LINK...]
 * Canonicalises links from the arguments or, without arguments, from stdin:
 * exactly one JSON line out per line in, in order.
 */
import { canonicalise, type Resolution } from '../lib/links/index.ts';
import { endQuietlyOnClosedPipe, stdinLines, write } from './lines.ts';

const USAGE = `Использование: npm run --silent resolve [-- ССЫЛКА...]

Приводит ссылки на аккаунты в соцсетях к каноническому виду <сеть>:<id>.
Ссылки берутся из аргументов, а без аргументов — со стандартного ввода,
по одной на строку. На каждую входную строку (в том числе пустую)
печатается ровно одна строка JSON с ключами
  input, kind, network, canonical, reason [, hint]

Параметры:
  -h, --help   показать эту справку
  --           всё дальнейшее — ссылки, даже если начинается с «-»

Коды выхода: 0 — готово, 2 — неверные параметры.
`;

/** Fixed key order: other tools compare these lines textually. */
function formatLine(result: Resolution): string {
	const { input, kind, network, canonical, reason, hint } = result;
	const ordered = hint === undefined ? { input, kind, network, canonical, reason } : { input, kind, network, canonical, reason, hint };
	return JSON.stringify(ordered);
}

type Usage = { mode: 'help' } | { mode: 'error'; message: string } | { mode: 'links'; links: string[] };

function parseArgs(args: readonly string[]): Usage {
	const links: string[] = [];
	let literal = false;
	for (const arg of args) {
		if (literal || !arg.startsWith('-') || arg === '-') links.push(arg);
		else if (arg === '--') literal = true;
		else if (arg === '-h' || arg === '--help') return { mode: 'help' };
		else return { mode: 'error', message: `Неизвестный параметр: ${arg}` };
	}
	return { mode: 'links', links };
}

async function main(): Promise<number> {
	const usage = parseArgs(process.argv.slice(2));
	if (usage.mode === 'help') {
		await write(USAGE);
		return 0;
	}
	if (usage.mode === 'error') {
		process.stderr.write(`${usage.message}\n\n${USAGE}`);
		return 2;
	}
	const lines = usage.links.length > 0 ? usage.links : stdinLines();
	for await (const line of lines) await write(`${formatLine(canonicalise(line))}\n`);
	return 0;
}

endQuietlyOnClosedPipe();
main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		process.stderr.write(`Ошибка: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exitCode = 1;
	},
);
