/**
 * One thread of src/loaders/prefetch.ts: reads its share of a data tree's files so that the
 * operating system caches them before the check reads them. Reads are discarded into one buffer;
 * nothing here can fail the check (an unreadable file is the check's to report). Plain blocking
 * reads: a thread waiting on the disk costs no processor time, where Node's promise-based reads
 * cost 28 s of it for the 900,000 folders and files of the 200,000-account tree.
 *
 * Order: the organisations' folders and YAML cards first (the check loads those first), then
 * their tables in path order, which is the order the check takes the quarters in. Thread k of n
 * takes every n-th organisation, so the threads move through the tree side by side.
 */
import { closeSync, openSync, readdirSync, readSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

export interface PrefetchInput {
	dir: string;
	/** This thread's place among `threads`. */
	thread: number;
	threads: number;
	/** Stop after reading this many bytes (each file counted in whole 4 KiB pages). */
	budget: number;
}

export interface PrefetchResult {
	folders: number;
	files: number;
	bytes: number;
	/** The budget ran out before the share did. */
	cut: boolean;
}

const PAGE = 4096;
const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function prefetch(input: PrefetchInput): PrefetchResult {
	const result: PrefetchResult = { folders: 0, files: 0, bytes: 0, cut: false };
	const buffer = Buffer.allocUnsafe(1 << 20);
	const list = (dir: string): Dirent[] => {
		try {
			const dirents = readdirSync(dir, { withFileTypes: true })
				.filter((dirent) => !dirent.name.startsWith('.'))
				.sort(byName);
			result.folders++;
			return dirents;
		} catch {
			return [];
		}
	};
	const read = (file: string): void => {
		if (result.bytes >= input.budget) return void (result.cut = true);
		let fd: number | undefined;
		try {
			fd = openSync(file, 'r');
			let size = 0;
			for (let got = readSync(fd, buffer); got > 0; got = readSync(fd, buffer)) size += got;
			result.files++;
			result.bytes += Math.ceil(Math.max(size, 1) / PAGE) * PAGE;
		} catch {
			// Unreadable or gone: the check reports it.
		} finally {
			if (fd !== undefined) closeSync(fd);
		}
	};
	const tables: string[] = [];
	/** Reads the YAML under `dir` now and keeps its tables (CSV) for later. */
	const walk = (dir: string): void => {
		for (const dirent of list(dir)) {
			const path = join(dir, dirent.name);
			if (dirent.isDirectory()) walk(path);
			else if (!dirent.isFile()) continue;
			else if (dirent.name.endsWith('.csv')) tables.push(path);
			else read(path);
		}
	};
	const top = list(input.dir);
	// The files and folders beside orgs/ (site, policies, compliance) are few: the first thread's.
	for (const dirent of top) {
		if (dirent.name === 'orgs' || input.thread !== 0) continue;
		const path = join(input.dir, dirent.name);
		if (dirent.isDirectory()) walk(path);
		else if (dirent.isFile()) read(path);
	}
	const orgs = join(input.dir, 'orgs');
	list(orgs).forEach((org, index) => {
		if (index % input.threads === input.thread && org.isDirectory() && !result.cut) walk(join(orgs, org.name));
	});
	for (const table of tables.sort()) {
		if (result.cut) break;
		read(table);
	}
	return result;
}

if (parentPort && workerData) parentPort.postMessage(prefetch(workerData as PrefetchInput));
