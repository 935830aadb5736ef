/**
 * Exit codes shared by the commands (their documented contract): 0 — no errors, 1 — errors in the data,
 * 2 — bad usage or an internal failure. Internal failures never show a stack trace unless DEBUG is set.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

export async function runMain(main: () => Promise<number> | number, usage: string): Promise<void> {
	try {
		process.exitCode = await main();
	} catch (error) {
		if (error instanceof UsageError) {
			process.stderr.write(`${error.message}\n\n${usage}`);
		} else {
			const detail = error instanceof Error ? error.message : String(error);
			process.stderr.write(
				`Внутренняя ошибка программы: ${detail}\nДанные не изменены. Сообщите разработчикам портала, приложив эту строку.\n`,
			);
			if (process.env.DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
		}
		process.exitCode = 2;
	}
}

/**
 * The command line parsed strictly by `config`; an unknown or malformed option becomes a UsageError,
 * so the command prints its usage and exits 2 (the contract above).
 */
export function parseCommandLine<const T extends Omit<ParseArgsConfig, 'args' | 'strict'>>(config: T) {
	try {
		return parseArgs({ ...config, strict: true as const });
	} catch (error) {
		throw new UsageError(`Неверный вызов: ${russianParseError(error as Error & { code?: string })}`);
	}
}

/** Node's parseArgs speaks English; the people running these commands read Russian. */
function russianParseError(error: Error & { code?: string }): string {
	const option = /'(-[^' ]*)/.exec(error.message)?.[1];
	switch (error.code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
			return `нет такого параметра «${option ?? '?'}»; параметры команды перечислены ниже.`;
		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
			return option !== undefined && /argument missing/.test(error.message)
				? `после «${option}» нужно значение.`
				: `у параметра «${option ?? '?'}» не может быть значения.`;
		case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
			return 'лишний аргумент: перед значением нужен параметр (см. ниже).';
		default:
			return error.message;
	}
}
