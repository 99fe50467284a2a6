// The smartypants package ships no types; this is the one function the site uses.
declare module 'smartypants' {
	/**
	 * Educates the punctuation of an HTML string (text between tags; never inside <pre>, <code>, <kbd>,
	 * <script>), writing Unicode characters. `attr` '1': quotes, ``backticks'', -- em dashes, ... ellipses.
	 */
	export function smartypantsu(text: string, attr?: string): string;
}
