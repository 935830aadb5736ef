// @ts-check
/*
 * Keeps the low-vision settings («версия для слабовидящих») from page to page. Loaded as a classic
 * script in <head> (external: the CSP allows no inline script), so the kept choice is on the <html>
 * element as data attributes before the first paint; base.css styles both those attributes and the
 * controls themselves, which is why the mode also works, page by page, without this script. Once
 * the page is parsed, the controls are set to the kept choice and every change is stored again.
 * Plain JavaScript served as is: it runs before any bundle could.
 */
(function () {
	var KEY = 'low-vision';
	var GROUPS = ['size', 'scheme', 'images'];
	var root = document.documentElement;

	/** @returns {{ on: boolean, size?: string, scheme?: string, images?: string } | null} */
	function load() {
		try {
			var saved = JSON.parse(localStorage.getItem(KEY) || 'null');
			return saved && typeof saved === 'object' ? saved : null;
		} catch (error) {
			// Storage off (private mode, a policy) or a damaged value: the page keeps its defaults.
			return null;
		}
	}

	/** @param {{ on: boolean, size?: string, scheme?: string, images?: string } | null} state */
	function apply(state) {
		var on = Boolean(state && state.on);
		if (on) root.setAttribute('data-lv', 'on');
		else root.removeAttribute('data-lv');
		for (var i = 0; i < GROUPS.length; i++) {
			var value = on && state ? state[/** @type {'size' | 'scheme' | 'images'} */ (GROUPS[i])] : undefined;
			if (typeof value === 'string' && /^[a-z]+$/.test(value)) root.setAttribute('data-lv-' + GROUPS[i], value);
			else root.removeAttribute('data-lv-' + GROUPS[i]);
		}
	}

	apply(load());

	document.addEventListener('DOMContentLoaded', function () {
		var toggle = /** @type {HTMLInputElement | null} */ (document.getElementById('low-vision'));
		if (!toggle) return;
		var state = load();
		if (state && state.on) {
			toggle.checked = true;
			for (var i = 0; i < GROUPS.length; i++) {
				var value = state[/** @type {'size' | 'scheme' | 'images'} */ (GROUPS[i])];
				var radio = /** @type {HTMLInputElement | null} */ (document.getElementById('lv-' + GROUPS[i] + '-' + value));
				if (radio) radio.checked = true;
			}
		}
		var bar = toggle.parentElement;
		if (!bar) return;
		bar.addEventListener('change', function () {
			/** @type {{ on: boolean, size?: string, scheme?: string, images?: string }} */
			var next = { on: toggle.checked };
			for (var i = 0; i < GROUPS.length; i++) {
				var checked = /** @type {HTMLInputElement | null} */ (bar.querySelector('input[name="lv-' + GROUPS[i] + '"]:checked'));
				if (checked) next[/** @type {'size' | 'scheme' | 'images'} */ (GROUPS[i])] = checked.value;
			}
			apply(next);
			try {
				localStorage.setItem(KEY, JSON.stringify(next));
			} catch (error) {
				// Not kept, but the page itself follows the controls through CSS.
			}
		});
	});
})();
