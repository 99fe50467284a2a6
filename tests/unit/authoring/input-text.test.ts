import { describe, expect, it } from 'vitest';
import { decodeInput, lineColumn, MAX_INPUT_BYTES, normaliseLineEndings, scrubText } from '../../../src/authoring/input-text';
import { InputError } from '../../../src/authoring/wire-story';

const utf8 = (text: string) => new TextEncoder().encode(text);
const story = 'Summit in Nara.\nLeaders meet\nNARA, Japan (AP) — It’s “done,” said Lee.\n';

describe('decodeInput', () => {
	it('reads UTF-8, with or without a byte order mark', () => {
		expect(decodeInput(utf8(story), 'x.txt')).toBe(story);
		expect(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(story)]), 'x.txt')).toBe(story);
	});

	it('reads UTF-16, little- or big-endian, with a byte order mark or without', () => {
		const le = Buffer.from(story, 'utf16le');
		const be = Buffer.from(le).swap16();
		expect(decodeInput(new Uint8Array([0xff, 0xfe, ...le]), 'x.txt')).toBe(story);
		expect(decodeInput(new Uint8Array([0xfe, 0xff, ...be]), 'x.txt')).toBe(story);
		expect(decodeInput(new Uint8Array(le), 'x.txt')).toBe(story);
		expect(decodeInput(new Uint8Array(be), 'x.txt')).toBe(story);
	});

	it('refuses Windows-1252 by name, with the byte and how to convert it, rather than read ’ as U+FFFD', () => {
		// "It’s “done,”" with Windows-1252's curly quotes (0x92, 0x93, 0x94).
		const text = 'Leaders meet in Nara as talks resume after months\nNARA, Japan (AP) - It\u0092s \u0093done,\u0094 said the minister on Monday.\n'.repeat(3);
		const bytes = new Uint8Array([...text].map((character) => character.charCodeAt(0)));
		expect(() => decodeInput(bytes, 'story.txt')).toThrow(InputError);
		expect(() => decodeInput(bytes, 'story.txt')).toThrow(/^story\.txt is not UTF-8: byte 71 \(92 in hex\) is not, and the file reads like windows-1252.*iconv -f windows-1252 -t UTF-8 story\.txt/);
	});

	it('refuses binary, with or without NUL bytes', () => {
		// A deterministic stream of pseudo-random bytes, none of them zero.
		let seed = 7;
		const noise = new Uint8Array(4096).map(() => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), (seed % 255) + 1));
		expect(() => decodeInput(noise, 'photo.jpg')).toThrow(/^photo\.jpg is not text \(it has [\d,]+ control bytes\): give the story as a plain text/);
		expect(() => decodeInput(new Uint8Array([0x41, 0, 0x42, 0x43, 0, 0, 0x44]), 'x.bin')).toThrow(/is not text/);
	});

	it('refuses a file over the size limit, with its size and the limit', () => {
		expect(() => decodeInput(new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61), 'big.txt')).toThrow(/^big\.txt is 2,048 KB; a story file may be at most 2,048 KB/);
	});
});

describe('normaliseLineEndings', () => {
	it('makes CRLF, CR and Unicode line separators line feeds', () => {
		expect(normaliseLineEndings('a\r\nb\rc\u2028d\n')).toBe('a\nb\nc\nd\n');
	});
});

describe('scrubText', () => {
	it('removes bidi controls and invisible characters, saying where they were', () => {
		const { text, removed } = scrubText('Abdel Fattah\u202E el-\u200BSissi\nsaid', 'x.txt', lineColumn('Abdel Fattah\u202E el-\u200BSissi\nsaid'));
		expect(text).toBe('Abdel Fattah el-Sissi\nsaid');
		expect(removed).toEqual(['U+202E at line 1, column 13', 'U+200B at line 1, column 18']);
	});

	it('keeps the joiners some scripts spell with', () => {
		expect(scrubText('می\u200Cخواهم', 'x', lineColumn('')).text).toBe('می\u200Cخواهم');
	});

	it('refuses a control character or U+FFFD, naming its line and column', () => {
		expect(() => scrubText('one\ntwo\u0007', 'x.txt', lineColumn('one\ntwo\u0007'))).toThrow(/^x\.txt has the control character U\+0007 at line 2, column 4: no story holds one\. Delete it/);
		expect(() => scrubText('It\uFFFDs', 'x.txt', lineColumn('It\uFFFDs'))).toThrow(/U\+FFFD, the replacement character .* at line 1, column 3/);
	});
});
