/**
 * Ships to the browser. The copy button of a statement's backlink snippet: a progressive
 * enhancement, since the snippet is selectable text in a <pre> without it. The button is rendered
 * `hidden` and revealed here, so a reader without script never sees a control that does nothing.
 * The result is announced through the status region beside it; its texts come from the markup
 * (the dictionary), none are written here.
 */

/** Copies `text`: the Clipboard API where the page may use it, else a selection and execCommand. */
async function copy(text: string, source: HTMLElement): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		const range = document.createRange();
		range.selectNodeContents(source);
		const selection = getSelection();
		selection?.removeAllRanges();
		selection?.addRange(range);
		// Deprecated but still the only way without clipboard permission; the text stays selected
		// either way, so the reader can press Ctrl+C when it fails.
		return document.execCommand('copy');
	}
}

for (const row of document.querySelectorAll<HTMLElement>('[data-copy-row]')) {
	const button = row.querySelector('button');
	const status = row.querySelector<HTMLElement>('[role="status"]');
	const source = document.getElementById(row.dataset.copyRow ?? '');
	if (!button || !status || !source) continue;
	row.hidden = false;
	button.addEventListener('click', async () => {
		// Emptied first: the same message twice in a row is announced again.
		status.textContent = '';
		const done = await copy(source.textContent ?? '', source);
		status.textContent = (done ? row.dataset.done : row.dataset.failed) ?? '';
	});
}
