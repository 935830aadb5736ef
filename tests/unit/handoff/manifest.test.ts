/**
 * The hand-off's manifest (src/handoff/manifest.ts): written last, naming every file the check
 * wrote on every thread; a reader refuses a folder without it, or whose files are not the ones it
 * names, instead of building a site from half a hand-off.
 */
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck, runCheckAuto } from '../../../src/engine/run.ts';
import { FORMATS, HandoffError, MANIFEST_FILE, readManifest, type HandoffManifest } from '../../../src/handoff/manifest.ts';
import { handoffWriter } from '../../../src/handoff/writer.ts';
import { readDigests } from '../../../src/handoff/period-records.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'portal-manifest-'));
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as HandoffManifest;

function written(dir: string): string {
	runCheck({ dataDir: 'data', hooks: handoffWriter(dir, 'data') });
	return dir;
}

describe('the hand-off manifest', () => {
	it('names every file of a one-thread check with its format, version and size', () => {
		const dir = written(folder());
		const manifest = readManifest(dir, 'data');
		expect(manifest.dataDir).toBe(resolve('data'));
		const names = manifest.files.map((file) => file.name);
		expect(names).toEqual(
			expect.arrayContaining([
				'public-data.bin',
				'lookup-config.json',
				'lookup/',
				'periods-0.bin',
				'plans-0.bin',
				'csv-0.bin',
				'csv-index-0.bin',
			]),
		);
		// Every file in the folder but the manifest itself is named (the shards through their folder).
		const onDisk = readdirSync(dir, { withFileTypes: true }).map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));
		expect(onDisk.filter((name) => name !== MANIFEST_FILE).sort()).toEqual([...names].sort());
		for (const file of manifest.files) expect(file.version).toBe(FORMATS[file.format]);
		const lookup = manifest.files.find((file) => file.name === 'lookup/')!;
		expect(lookup.count).toBe(readdirSync(join(dir, 'lookup')).length);
		expect(lookup.count).toBeGreaterThan(1);
	});

	it('names both threads’ records of a two-thread check', async () => {
		const dir = folder();
		await runCheckAuto({ dataDir: 'data', threads: 2, minFiles: 0, hooks: handoffWriter(dir, 'data') });
		const names = readManifest(dir).files.map((file) => file.name);
		for (const thread of [0, 1]) expect(names).toContain(`periods-${thread}.bin`);
		expect(names).toContain('csv-index-1.bin');
	}, 60_000);

	it('a second check into the same folder leaves no stale thread files named', async () => {
		const dir = folder();
		await runCheckAuto({ dataDir: 'data', threads: 2, minFiles: 0, hooks: handoffWriter(dir, 'data') });
		written(dir);
		expect(readdirSync(dir)).not.toContain('periods-1.bin');
		expect(readManifest(dir).files.map((file) => file.name)).not.toContain('periods-1.bin');
	}, 60_000);

	it('is refused when missing: the check did not finish', () => {
		const dir = written(folder());
		rmSync(join(dir, MANIFEST_FILE));
		expect(() => readManifest(dir)).toThrow(HandoffError);
		expect(() => readManifest(dir)).toThrow(/handoff\.json: нет манифеста передачи данных.*запустите проверку заново/);
		// The readers refuse it too, rather than read what they find.
		expect(() => [...readDigests(dir, () => true)]).toThrow(HandoffError);
	});

	it('is refused when a file it names is missing', () => {
		const dir = written(folder());
		rmSync(join(dir, 'plans-0.bin'));
		expect(() => readManifest(dir)).toThrow(/plans-0\.bin: файла, названного в манифесте передачи данных, нет/);
	});

	it('is refused when a file is not of the size it names (changed or cut short)', () => {
		const dir = written(folder());
		appendFileSync(join(dir, 'periods-0.bin'), 'x');
		expect(() => readManifest(dir)).toThrow(/periods-0\.bin: размер \d+ байт, а в манифесте передачи данных — \d+/);
	});

	it('is refused when the shard folder lost a file', () => {
		const dir = written(folder());
		rmSync(join(dir, 'lookup', readdirSync(join(dir, 'lookup'))[0]!));
		expect(() => readManifest(dir)).toThrow(/lookup\/?: в папке \d+ файлов, а в манифесте передачи данных — \d+/);
	});

	it('is refused when a file is of another format version, or the manifest of another format', () => {
		const dir = written(folder());
		const manifest = manifestOf(dir);
		const changed = {
			...manifest,
			files: manifest.files.map((file) => (file.name === 'public-data.bin' ? { ...file, version: 99 } : file)),
		};
		writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify(changed));
		expect(() => readManifest(dir)).toThrow(/public-data\.bin: формат «public-snapshot» версии 99, а эта версия портала читает версию 1/);
		writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({ ...manifest, manifest: 2 }));
		expect(() => readManifest(dir)).toThrow(/манифест передачи данных другого формата \(поле «manifest»/);
		writeFileSync(join(dir, MANIFEST_FILE), '{');
		expect(() => readManifest(dir)).toThrow(/не читается как JSON/);
	});

	it('is refused when V8 of another version wrote the records', () => {
		const dir = written(folder());
		writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({ ...manifestOf(dir), v8: '1.0.0' }));
		expect(() => readManifest(dir)).toThrow(/другая версия Node\.js \(V8 1\.0\.0/);
	});
});
