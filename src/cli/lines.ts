/**
 * Line-oriented standard input and output for the commands that answer one line per line
 * (`resolve`, `lookup`): other tools pair their output with their input by position.
 */

export async function write(text: string): Promise<void> {
	// Respect back-pressure so a huge stdin is processed in constant memory.
	if (!process.stdout.write(text)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}

/**
 * Splits stdin on '\n' only, dropping a '\r' right before it. readline is not
 * used because it also breaks lines at a lone '\r' and at U+2028/U+2029,
 * which would break the one-line-in, one-line-out contract.
 */
export async function* stdinLines(): AsyncGenerator<string> {
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

/** Reading the output with `head` closes the pipe early; that is not an error. */
export function endQuietlyOnClosedPipe(): void {
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		process.exit(error.code === 'EPIPE' ? 0 : 1);
	});
}
