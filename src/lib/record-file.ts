/**
 * A file of records written one after another and read back in the same order: each record is
 * V8's structured serialisation (node:v8) behind its length. Used to hand what one process computed
 * to others (src/engine/period-digest.ts): neither side holds the whole file at once, so a file of
 * a gigabyte costs each a few megabytes of buffer.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';

const LENGTH = 4;
/** Writes are gathered up to this size: a write per record would be hundreds of thousands of calls. */
const WRITE_BUFFER = 4 << 20;
const READ_BUFFER = 8 << 20;

/** Buffer sizes; tests pass small ones so records cross buffers without megabytes of data. */
export interface BufferOptions {
	bufferBytes?: number;
}

export class RecordWriter {
	private readonly fd: number;
	private chunks: Buffer[] = [];
	private size = 0;
	/** Bytes written before the buffered ones: where the next record starts. */
	private written = 0;
	private closed = false;
	private readonly limit: number;

	constructor(path: string, { bufferBytes = WRITE_BUFFER }: BufferOptions = {}) {
		this.fd = openSync(path, 'w');
		this.limit = bufferBytes;
	}

	/** Appends `record`; returns where it starts in the file, for RecordReader.read. */
	write(record: unknown): number {
		if (this.closed) throw new Error('record file already closed');
		const at = this.written + this.size;
		const body = serialize(record);
		const length = Buffer.alloc(LENGTH);
		length.writeUInt32LE(body.length);
		this.chunks.push(length, body);
		this.size += LENGTH + body.length;
		if (this.size >= this.limit) this.flush();
		return at;
	}

	private flush(): void {
		if (!this.size) return;
		const data = Buffer.concat(this.chunks, this.size);
		for (let at = 0; at < data.length;) at += writeSync(this.fd, data, at);
		this.written += data.length;
		this.chunks = [];
		this.size = 0;
	}

	close(): void {
		if (this.closed) return;
		try {
			this.flush();
		} finally {
			this.closed = true;
			closeSync(this.fd);
		}
	}
}

/** The file's records in order. A file cut short (a writer that died) is an error, not a shorter list. */
export function* readRecords<T>(path: string, { bufferBytes = READ_BUFFER }: BufferOptions = {}): Generator<T> {
	const fd = openSync(path, 'r');
	try {
		let buffer = Buffer.alloc(bufferBytes);
		let start = 0;
		let end = 0;
		/** Makes `need` bytes available from `start`; false at the end of the file with none left. */
		const fill = (need: number): boolean => {
			if (end - start >= need) return true;
			if (need > buffer.length) {
				const bigger = Buffer.alloc(need);
				buffer.copy(bigger, 0, start, end);
				buffer = bigger;
			} else buffer.copy(buffer, 0, start, end);
			end -= start;
			start = 0;
			while (end < need) {
				const read = readSync(fd, buffer, end, buffer.length - end, null);
				if (read === 0) {
					if (end === 0) return false;
					throw new Error(`${path}: файл записей оборван`);
				}
				end += read;
			}
			return true;
		};
		while (fill(LENGTH)) {
			const length = buffer.readUInt32LE(start);
			start += LENGTH;
			if (!fill(length)) throw new Error(`${path}: файл записей оборван`);
			// A copy: deserialize() returns typed arrays as views of the bytes it is given, and the
			// read buffer is about to be overwritten.
			yield deserialize(Uint8Array.prototype.slice.call(buffer, start, start + length)) as T;
			start += length;
		}
	} finally {
		closeSync(fd);
	}
}

/**
 * Reads one record where RecordWriter.write said it starts. Keeps each file open: a site reads
 * hundreds of thousands of records from the same few files, one page at a time.
 */
export class RecordReader {
	private readonly fds = new Map<string, number>();
	private readonly length = Buffer.alloc(LENGTH);

	read<T>(path: string, at: number): T {
		let fd = this.fds.get(path);
		if (fd === undefined) this.fds.set(path, (fd = openSync(path, 'r')));
		if (readSync(fd, this.length, 0, LENGTH, at) !== LENGTH) throw new Error(`${path}: нет записи на смещении ${at}`);
		const body = Buffer.allocUnsafe(this.length.readUInt32LE(0));
		if (readSync(fd, body, 0, body.length, at + LENGTH) !== body.length) throw new Error(`${path}: файл записей оборван`);
		return deserialize(body) as T;
	}

	close(): void {
		for (const fd of this.fds.values()) closeSync(fd);
		this.fds.clear();
	}
}
