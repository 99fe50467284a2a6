/**
 * What a wire file says about which version of which story it is: ninjs `uri` (the same for every
 * version of one story), `version`, `versioncreated` (when this version was sent, with its offset),
 * `pubstatus` (`canceled` is a kill) and `ednote` (the editors' note: "Corrects ..."). In every ninjs
 * family's spelling (1.x and 2.x lower case, 3.x camelCase). Plain text carries none of it: the
 * editor gives the time (`--time`) and says what kind of update it is.
 */

export interface WireVersion {
	uri?: string;
	number?: number;
	/** `2026-01-13T10:05:00+09:00`, as sent. */
	time?: string;
	/** ninjs `pubstatus`: `usable`, `withheld` or `canceled`. */
	status?: string;
	/** ninjs `ednote`: a note to editors, often what a correction corrects. */
	editorNote?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The version facts of a file's text, when it is ninjs JSON; `{}` for anything else (the story reader reports what is wrong with it). */
export function readWireVersion(text: string): WireVersion {
	const trimmed = text.replace(/^\uFEFF/, '').trim();
	if (!trimmed.startsWith('{')) return {};
	let item: unknown;
	try {
		item = JSON.parse(trimmed);
	} catch {
		return {};
	}
	if (!isObject(item)) return {};
	const string = (...keys: string[]) => keys.map((key) => item[key]).find((value): value is string => typeof value === 'string' && value.trim() !== '')?.trim();
	const version = string('version') ?? (typeof item.version === 'number' ? String(item.version) : undefined);
	const number = version !== undefined && /^\d+$/.test(version) && Number(version) > 0 ? Number(version) : undefined;
	return {
		...(string('uri') ? { uri: string('uri') } : {}),
		...(number ? { number } : {}),
		...(string('versioncreated', 'versionCreated') ? { time: string('versioncreated', 'versionCreated') } : {}),
		...(string('pubstatus', 'pubStatus') ? { status: string('pubstatus', 'pubStatus')!.toLowerCase() } : {}),
		...(string('ednote', 'edNote') ? { editorNote: string('ednote', 'edNote') } : {}),
	};
}

/** Whether the wire killed the story: ninjs `pubstatus: canceled` (and `withdrawn`, which some senders use). */
export const isKill = (version: WireVersion) => version.status === 'canceled' || version.status === 'withdrawn';

/** Whether the editors' note says the version corrects the last: "Corrects ...", "CORRECTION: ...". */
export const isCorrectionNote = (note: string | undefined) => note !== undefined && /^\W*(?:corrects?|correction|corrected)\b/i.test(note);
