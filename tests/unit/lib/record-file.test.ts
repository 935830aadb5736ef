import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecords, RecordReader, RecordWriter } from '../../../src/lib/record-file.ts';

const file = () => join(mkdtempSync(join(tmpdir(), 'portal-records-')), 'records.bin');

describe('record files', () => {
	it('give back every record in order, across write and read buffers, records larger than both', () => {
		const path = file();
		// Buffers of a few kilobytes stand for the real megabytes: the same crossings, on small data.
		const writer = new RecordWriter(path, { bufferBytes: 16 << 10 });
		const records = Array.from({ length: 3000 }, (_, i) => ({
			i,
			text: `запись ${i}`.repeat(i % 50),
			bytes: new Uint8Array(i % 7 === 0 ? 5_000 : 3).fill(i % 256),
		}));
		const big = { i: -1, text: 'x'.repeat(40 << 10), bytes: new Uint8Array(36 << 10).fill(7) };
		records.splice(1500, 0, big);
		for (const record of records) writer.write(record);
		writer.close();
		const read = [...readRecords<(typeof records)[number]>(path, { bufferBytes: 32 << 10 })];
		expect(read).toHaveLength(records.length);
		expect(read).toEqual(records);
	});

	it('gives typed arrays their own bytes, not views of a buffer that is reused', () => {
		const path = file();
		const writer = new RecordWriter(path);
		for (let i = 0; i < 300; i++) writer.write({ bytes: new Uint8Array(8192).fill(i % 256) });
		writer.close();
		// A read buffer of a few records, so it is reused many times over.
		const read = [...readRecords<{ bytes: Uint8Array }>(path, { bufferBytes: 32 << 10 })];
		expect(read).toHaveLength(300);
		read.forEach((record, i) =>
			expect(
				record.bytes.every((b) => b === i % 256),
				`record ${i}`,
			).toBe(true),
		);
	});

	it('is empty for an empty file, and fails on a file cut short', () => {
		const path = file();
		new RecordWriter(path).close();
		expect([...readRecords(path)]).toEqual([]);
		const writer = new RecordWriter(path);
		writer.write({ a: 'текст' });
		writer.write({ b: 2 });
		writer.close();
		const whole = readFileSync(path);
		writeFileSync(path, whole.subarray(0, whole.length - 3));
		expect(() => [...readRecords(path)]).toThrow(/оборван/);
		writeFileSync(path, whole.subarray(0, 2));
		expect(() => [...readRecords(path)]).toThrow(/оборван/);
	});

	it('reads any record back where write() said it starts, across write buffers', () => {
		const path = file();
		const writer = new RecordWriter(path, { bufferBytes: 16 << 10 });
		const records = Array.from({ length: 3000 }, (_, i) => ({
			i,
			text: `строка ${i}`.repeat(i % 40),
			bytes: new Uint8Array(i % 5 === 0 ? 4_000 : 1).fill(i % 256),
		}));
		const offsets = records.map((record) => writer.write(record));
		writer.close();
		const reader = new RecordReader();
		for (const i of [2999, 0, 1234, 1, 2998, 700]) expect(reader.read(path, offsets[i]!)).toEqual(records[i]);
		expect(() => reader.read(path, readFileSync(path).length)).toThrow(/нет записи/);
		reader.close();
	});

	it('refuses a write after close', () => {
		const writer = new RecordWriter(file());
		writer.close();
		expect(() => writer.write(1)).toThrow();
	});
});
