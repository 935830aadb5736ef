/**
 * npm run --silent resolve [-- LINK...]
 * Canonicalises links from the arguments or, without arguments, from stdin:
 * exactly one JSON line out per line in, in order.
 */
import { canonicalise, type Resolution } from '../lib/links/index.ts';

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

async function write(text: string): Promise<void> {
	// Respect back-pressure so a huge stdin is processed in constant memory.
	if (!process.stdout.write(text)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}

/**
 * Splits stdin on '\n' only, dropping a '\r' right before it. readline is not
 * used because it also breaks lines at a lone '\r' and at U+2028/U+2029,
 * which would break the one-line-in, one-line-out contract.
 */
async function* stdinLines(): AsyncGenerator<string> {
	process.stdin.setEncoding('utf8');
	let buffer = '';
	let first = true;
	for await (const chunk of process.stdin as AsyncIterable<string>) {
		buffer += chunk;
		// A byte-order mark is file encoding, not pasted text.
		if (first && buffer.length > 0) {
			if (buffer.startsWith('\uFEFF')) buffer = buffer.slice(1);
			first = false;
		}
		let start = 0;
		for (let newline = buffer.indexOf('\n'); newline !== -1; newline = buffer.indexOf('\n', start)) {
			const line = buffer.slice(start, newline);
			yield line.endsWith('\r') ? line.slice(0, -1) : line;
			start = newline + 1;
		}
		buffer = buffer.slice(start);
	}
	if (buffer !== '') yield buffer;
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

// Reading the output with `head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	process.exit(error.code === 'EPIPE' ? 0 : 1);
});

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		process.stderr.write(`Ошибка: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exitCode = 1;
	},
);
