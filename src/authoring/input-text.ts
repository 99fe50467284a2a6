/**
 * A story file's bytes read as what they are: the encoding found or refused by name, binary refused,
 * line endings made `\n`, and the characters no wire story holds either removed (invisible format
 * characters such as bidi controls, which change how text shows but not what it says) or refused with
 * their position (control characters, and U+FFFD: text lost before the file arrived).
 *
 * Nothing is guessed: text in an encoding other than UTF-8 or UTF-16 is refused with the encoding's
 * name, because reading Windows-1250 as Windows-1252 would turn "Łódź" into another name silently.
 */
import chardet from 'chardet';
import { codePoint, INVISIBLE_CHARACTERS, REFUSED_CHARACTERS } from '../lib/content/characters';
import { InputError } from './wire-story';

/** The largest story file read: a wire story is some 5 to 50 KB; a file this size is another file. */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;

/** Refuses a file over the size limit, before it is read. */
export function checkInputSize(bytes: number, file: string): void {
	if (bytes > MAX_INPUT_BYTES) {
		throw new InputError(
			`${file} is ${kilobytes(bytes)}; a story file may be at most ${kilobytes(MAX_INPUT_BYTES)} (a wire story is rarely over 50 KB): check that this is the story, or split it`,
		);
	}
}

/** Control bytes other than tab, line feed, form feed and carriage return: rare in text, common in binary. */
const isControlByte = (byte: number) => (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f;

/** UTF-16 without a byte order mark: text in Latin script has a zero in every other byte. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
	const pairs = Math.min(Math.floor(bytes.length / 2), 2048);
	if (pairs < 2) return undefined;
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i < pairs; i++) {
		if (bytes[2 * i] === 0) evenZero++;
		if (bytes[2 * i + 1] === 0) oddZero++;
	}
	if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
	if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
	return undefined;
}

const decode = (bytes: Uint8Array, encoding: string) => new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);

/**
 * The file's text. UTF-8 (with or without a BOM) and UTF-16 (with a BOM, or Latin text without one)
 * are read; anything else is refused, naming the encoding it looks like and how to convert it.
 */
export function decodeInput(bytes: Uint8Array, file: string): string {
	checkInputSize(bytes.length, file);
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeOrRefuse(bytes, 'utf-16le', file);
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeOrRefuse(bytes, 'utf-16be', file);
	const utf16 = utf16Order(bytes);
	if (utf16) return decodeOrRefuse(bytes, utf16, file);
	let controls = 0;
	for (const byte of bytes) if (isControlByte(byte)) controls++;
	// Binary files have control bytes throughout (one in eight, at random); text has none, or a stray one.
	if (bytes.includes(0) || controls > Math.max(2, bytes.length / 200)) {
		throw new InputError(`${file} is not text (it has ${controls.toLocaleString('en-US')} control bytes): give the story as a plain text (.txt) or ninjs (.json) file`);
	}
	try {
		return decode(bytes, 'utf-8');
	} catch {
		const guess = chardet.detect(bytes) ?? 'an encoding other than UTF-8';
		const named = /^(windows-|ISO-8859)/i.test(guess) ? `${guess} (or another single-byte encoding)` : guess;
		const offset = firstInvalidUtf8(bytes);
		throw new InputError(
			`${file} is not UTF-8: byte ${offset} (${bytes[offset].toString(16).toUpperCase().padStart(2, '0')} in hex) is not, and the file reads like ${named}. ` +
				`Save it as UTF-8 (in a text editor: Save As, encoding UTF-8; or \`iconv -f ${/^windows-|^ISO/i.test(guess) ? guess : 'WINDOWS-1252'} -t UTF-8 ${file} > story-utf8.txt\`), check its accented letters and curly quotes, then run again`,
		);
	}
}

function decodeOrRefuse(bytes: Uint8Array, encoding: string, file: string): string {
	try {
		return decode(bytes, encoding);
	} catch {
		throw new InputError(`${file} reads like ${encoding.toUpperCase()} but is not valid ${encoding.toUpperCase()}: save it again as UTF-8 and run again`);
	}
}

function firstInvalidUtf8(bytes: Uint8Array): number {
	// Decoding prefixes would be quadratic; a prefix ending inside a character fails too, so step whole characters.
	let i = 0;
	while (i < bytes.length) {
		const byte = bytes[i];
		const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
		if (length === 0) return i;
		try {
			decode(bytes.subarray(i, i + length), 'utf-8');
		} catch {
			return i;
		}
		i += length;
	}
	return 0;
}

/** `\r\n` and `\r` as `\n`, and the Unicode line and paragraph separators too. */
export const normaliseLineEndings = (text: string) => text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');

// The characters refused and removed are the content files' too (the build refuses both in a file).
const INVISIBLE = INVISIBLE_CHARACTERS;
const REFUSED = REFUSED_CHARACTERS;

/** Where a character stands, for messages: `line 3, column 14` in a file, `paragraph 2, character 5` in a field. */
export type Position = (index: number) => string;

/** Line and column (1-based) of an index, by a table of line starts built once. */
export function lineColumn(text: string): Position {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return (index) => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (starts[middle] <= index) low = middle;
			else high = middle - 1;
		}
		return `line ${low + 1}, column ${index - starts[low] + 1}`;
	};
}

/**
 * The text without its invisible format characters, and where they were (for a note); throws an
 * InputError naming the first control character's position. `where` names the text in messages.
 */
export function scrubText(text: string, where: string, position: Position): { text: string; removed: string[] } {
	const refused = REFUSED.exec(text);
	REFUSED.lastIndex = 0;
	if (refused) {
		const what = refused[0] === '\uFFFD' ? 'U+FFFD, the replacement character (a character was lost before the file reached you)' : `the control character ${codePoint(refused[0])}`;
		throw new InputError(`${where} has ${what} at ${position(refused.index)}: no story holds one. Delete it (or ask the sender for the text again), then run again`);
	}
	const removed: string[] = [];
	const cleaned = text.replace(INVISIBLE, (character, index: number) => {
		if (removed.length < 5) removed.push(`${codePoint(character)} at ${position(index)}`);
		else if (removed.length === 5) removed.push('...');
		return '';
	});
	return { text: cleaned, removed };
}

/** The note an editor reads when invisible characters were removed. */
export const removedNote = (where: string, removed: string[]) =>
	`removed ${removed.length > 5 ? 'invisible characters' : removed.length === 1 ? 'an invisible character' : `${removed.length} invisible characters`} (bidi controls, zero-width spaces, soft hyphens) from ${where}: ${removed.join(', ')}; they change how text shows, not what it says`;
