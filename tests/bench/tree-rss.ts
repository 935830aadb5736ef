/**
 * Runs a command and reports its wall time and the peak memory of its whole process tree, sampled
 * from /proc every 50 ms. GNU time's %M alone is not enough: it sees the largest single process,
 * and Pagefind's Node API does its work in a child binary that the wrapper may not reap before exit.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';

/** Resident set size in KiB of `pid` and all its descendants right now. */
function treeRssKb(root: number): number {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const status = readFileSync(`/proc/${name}/status`, 'utf8');
			const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
			const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
			rss.set(Number(name), kb);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
		} catch {
			// The process ended between listing and reading: it no longer counts.
		}
	}
	let total = 0;
	const queue = [root];
	while (queue.length) {
		const pid = queue.pop()!;
		total += rss.get(pid) ?? 0;
		queue.push(...(children.get(pid) ?? []));
	}
	return total;
}

export interface Measured {
	status: number | null;
	ms: number;
	peakMb: number;
	/** When the peak was sampled, from the start: with the step times, which step it fell in. */
	peakAtMs: number;
	stderr: string;
}

/** `stdoutFile`: where the command's output goes (its size is a figure too); discarded without it. */
export function runMeasured(
	command: string,
	args: string[],
	options: { cwd: string; env: NodeJS.ProcessEnv; stdoutFile?: string },
): Promise<Measured> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const out = options.stdoutFile ? openSync(options.stdoutFile, 'w') : 'ignore';
		const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', out, 'pipe'] });
		if (typeof out === 'number') closeSync(out);
		let stderr = '';
		child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
			stderr = (stderr + chunk).slice(-20_000);
		});
		let peakKb = 0;
		let peakAt = 0;
		const timer = setInterval(() => {
			const kb = child.pid ? treeRssKb(child.pid) : 0;
			if (kb > peakKb) [peakKb, peakAt] = [kb, performance.now() - started];
		}, 50);
		child.on('error', (error) => {
			clearInterval(timer);
			reject(error);
		});
		child.on('close', (status) => {
			clearInterval(timer);
			resolve({ status, ms: performance.now() - started, peakMb: Math.round(peakKb / 1024), peakAtMs: peakAt, stderr });
		});
	});
}
