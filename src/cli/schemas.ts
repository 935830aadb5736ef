/**
 * `npm run schemas [-- --data DIR] [--check]` — writes data/_schemas/<entity>.schema.json from the
 * Zod schemas (what editors use to complete and underline YAML fields). With --check nothing is
 * written: exit 1 if a file is out of date. Exit codes as for the other commands: 0, 1, 2.
 */
import { parseCommandLine, runMain } from './usage-error.ts';
import { staleSchemaFiles, writeSchemaFiles } from '../editor/schema-files.ts';

const USAGE = `Использование: npm run schemas [-- --data ПАПКА] [--check]

Создаёт файлы JSON Schema в папке ПАПКА/_schemas/ (по умолчанию data/_schemas/) по схемам Zod
из src/schemas/. По ним VS Code и веб-редактор GitLab подсказывают и подчёркивают поля YAML.

  --check   ничего не записывать: код выхода 1, если какой-то файл устарел

Код выхода: 0 — файлы в порядке (или записаны), 1 — файлы устарели (с --check), 2 — неверный вызов.
`;

function main(): number {
	const { values } = parseCommandLine({
		options: {
			data: { type: 'string', default: 'data' },
			check: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
	});
	if (values.help) {
		process.stdout.write(USAGE);
		return 0;
	}
	const dataDir = values.data;
	if (values.check) {
		const stale = staleSchemaFiles(dataDir);
		if (stale.length === 0) return 0;
		process.stdout.write(
			`Устарели файлы схем (обновите командой npm run schemas):\n${stale.map((file) => `  ${dataDir}/${file}\n`).join('')}`,
		);
		return 1;
	}
	const written = writeSchemaFiles(dataDir);
	process.stdout.write(
		written.length === 0
			? 'Файлы схем уже соответствуют src/schemas/.\n'
			: `Обновлены:\n${written.map((file) => `  ${dataDir}/${file}\n`).join('')}`,
	);
	return 0;
}

await runMain(main, USAGE);
