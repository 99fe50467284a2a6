/**
 * IPTC ninjs (News in JSON), the format wire APIs and newsroom systems deliver, read into a WireStory.
 *
 * Field names are the schemas' (github.com/iptc/newsinjson, specification/):
 * - 1.x: `headline`, `headline_*` / `body_*` / `description_*` (pattern properties: `body_text`,
 *   `body_html`, `body_xhtml`, from 1.4 also forms such as `headline_main`, `body_main`,
 *   `body_richtext`), `byline`, `located`, `person[]`, `place[]` (with `geometry_*`), `infosource[]`,
 *   `copyrightholder`, `firstcreated`, `versioncreated`, `contentcreated`;
 * - 2.x: `headlines[]`, `bodies[]`, `descriptions[]` (each `{ role, contenttype, value }`), `by`,
 *   `people[]`, `places[]` (with `geojson`), `infosources[]`; dates as in 1.x;
 * - 3.x: the same in camelCase: `contentType`, `versionCreated`, `firstCreated`, `contentCreated`,
 *   `copyrightHolder`, `infoSources`, `geoJSON`.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { bylineOf, InputError, readDateline, type TaggedPlace, type WireStory } from './wire-story';

type Json = Record<string, unknown>;

interface Text {
	role?: string;
	contentType?: string;
	value: string;
}

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
const stringAt = (item: Json, ...keys: string[]) => keys.map((key) => item[key]).find((value): value is string => typeof value === 'string' && value.trim() !== '');

/** Whether parsed JSON looks like a ninjs item at all (any family's headline or body field). */
export function looksLikeNinjs(data: unknown): data is Json {
	return isObject(data) && Object.keys(data).some((key) => /^(headline|headlines|bodies|body_.+|headline_.+|uri|type|versioncreated|versionCreated)$/.test(key));
}

/** Every text of one kind (`headline`, `body`, `description`) the item carries, in both families' forms. */
function textsOf(item: Json, kind: 'headline' | 'body' | 'description'): Text[] {
	const texts: Text[] = [];
	// 2.x and 3.x: an array of { role, contenttype | contentType, value }.
	const plural = item[kind === 'body' ? 'bodies' : `${kind}s`];
	if (Array.isArray(plural)) {
		for (const entry of plural) {
			if (isObject(entry) && typeof entry.value === 'string') {
				texts.push({ role: stringAt(entry, 'role'), contentType: stringAt(entry, 'contentType', 'contenttype'), value: entry.value });
			}
		}
	}
	// 1.x: `headline`, and pattern properties `headline_<role>`, `body_<role>`, `description_<role>`.
	for (const [key, value] of Object.entries(item)) {
		if (typeof value !== 'string') continue;
		if (key === kind) texts.push({ role: 'main', value });
		const suffix = key.startsWith(`${kind}_`) ? key.slice(kind.length + 1) : undefined;
		if (suffix) texts.push({ role: suffix, contentType: /html|richtext/.test(suffix) ? 'text/html' : 'text/plain', value });
	}
	return texts.filter((text) => text.value.trim() !== '');
}

const isHtml = (text: Text) => /html|xml/.test(text.contentType ?? '') || /^\s*</.test(text.value);

/** Elements whose content is code or another document, never the story's words. */
const NOT_TEXT = new Set(['script', 'style', 'iframe', 'noscript', 'template', 'object', 'embed', 'svg', 'math', 'head', 'title']);
const BLOCK = /^(p|h[1-6]|li|blockquote)$/;

/** The text of a node, without what NOT_TEXT holds; a loop, not recursion, whatever the nesting. */
function textOf(node: Root | Element): string {
	let text = '';
	const stack: RootContent[] = [...node.children].reverse();
	while (stack.length) {
		const child = stack.pop() as RootContent;
		if (child.type === 'text') text += child.value;
		else if (child.type === 'element' && !NOT_TEXT.has(child.tagName)) {
			for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i]);
		}
	}
	return text;
}

/** The text of each block element (outermost first), in document order. */
function blockTexts(root: Root): string[] {
	const blocks: string[] = [];
	const stack: RootContent[] = [...root.children].reverse();
	while (stack.length) {
		const child = stack.pop() as RootContent;
		if (child.type !== 'element' || NOT_TEXT.has(child.tagName)) continue;
		if (BLOCK.test(child.tagName)) blocks.push(textOf(child));
		else for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i]);
	}
	return blocks;
}

/** HTML parsed, or refused when it nests deeper than the parser can follow (no article does). */
function parseHtml(html: string, role = 'body'): Root {
	try {
		return fromHtml(html, { fragment: true });
	} catch (error) {
		if (error instanceof RangeError) throw new InputError(`its ${role} HTML nests elements thousands deep, which no article does: give the story's own body`);
		throw error;
	}
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Paragraphs of a body: HTML by its block elements, plain text by its lines. */
function paragraphsOf(text: Text): string[] {
	const blocks = isHtml(text) ? blockTexts(parseHtml(text.value, text.role)) : text.value.split(/\n/);
	return blocks.map(clean).filter(Boolean);
}

const plainOf = (text: Text) => clean(isHtml(text) ? textOf(parseHtml(text.value, text.role)) : text.value);

/** The main text of a kind: role `main` first, then the first one given. */
function mainText(texts: Text[]): Text | undefined {
	return texts.find((text) => text.role === 'main') ?? texts[0];
}

/** The body to draft from: the one with the most paragraphs (HTML keeps them; plain text often loses them). */
function bestBody(texts: Text[]): string[] | undefined {
	const candidates = texts.map(paragraphsOf).filter((paragraphs) => paragraphs.length > 0);
	return candidates.sort((a, b) => b.length - a.length)[0];
}

/**
 * The calendar day of a ninjs timestamp, as the sender wrote it: `2013-07-09T10:37:00-04:00` is
 * July 9 where it was filed. Converting to UTC or the local zone could move it a day.
 */
function dayOf(timestamp: string | undefined): string | undefined {
	const day = timestamp && /^(\d{4}-\d{2}-\d{2})/.exec(timestamp)?.[1];
	return day || undefined;
}

function namesOf(list: unknown): Json[] {
	return Array.isArray(list) ? list.filter(isObject).filter((entry) => typeof entry.name === 'string' && entry.name.trim() !== '') : [];
}

/**
 * A GeoJSON Point's [longitude, latitude] as [latitude, longitude], when it is one: numbers in range,
 * as the schema holds a place's coordinates (src/schemas/fields.ts), and not [0, 0], the point a
 * system sends when it has none. Anything else is left out with a note, and the draft asks for them.
 */
function pointOf(place: Json, notes: string[]): [number, number] | undefined {
	const point = givenPoint(place);
	if (!point) return undefined;
	const [lat, lon] = point;
	const name = JSON.stringify(clean(String(place.name)));
	if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
		notes.push(`left out the coordinates of ${name}, [${lon}, ${lat}] (GeoJSON, longitude first): a latitude lies between -90 and 90, a longitude between -180 and 180; the draft asks for them`);
		return undefined;
	}
	if (lat === 0 && lon === 0) {
		notes.push(`left out the coordinates of ${name}, [0, 0]: that point in the Gulf of Guinea is what systems send when they have none; the draft asks for them`);
		return undefined;
	}
	return point;
}

function givenPoint(place: Json): [number, number] | undefined {
	const geometries = Object.entries(place).filter(([key]) => /^(geojson|geoJSON|geometry_.+)$/.test(key)).map(([, value]) => value);
	for (const geometry of geometries) {
		const point = isObject(geometry) && isObject(geometry.geometry) ? geometry.geometry : geometry;
		if (isObject(point) && point.type === 'Point' && Array.isArray(point.coordinates)) {
			const [lon, lat] = point.coordinates;
			if (typeof lat === 'number' && typeof lon === 'number') return [lat, lon];
		}
	}
	return undefined;
}

/** A ninjs item (any of 1.x, 2.x, 3.x) as a wire story; throws InputError when it has no headline or body. */
export function readNinjs(item: Json): WireStory {
	const headline = mainText(textsOf(item, 'headline'));
	const paragraphs = bestBody(textsOf(item, 'body'));
	const missing = [!headline && 'headline (`headline`, `headline_main` or `headlines`)', !paragraphs && 'body (`body_text`, `body_html`, `body_main` or `bodies`)'].filter(Boolean);
	if (!headline || !paragraphs) {
		throw new InputError(`this ninjs item has no ${missing.join(' and no ')}; the draft needs both`);
	}
	const description = mainText(textsOf(item, 'description').sort((a, b) => Number(b.role === 'summary') - Number(a.role === 'summary')));
	// 1.x `byline`, 2.x and 3.x `by`: the writers, with or without the leading "By".
	const by = stringAt(item, 'byline', 'by');
	const byline = by ? (bylineOf(by.startsWith('By ') ? by : `By ${by}`) ?? by.replace(/^By\s+/, '')) : undefined;
	const { dateline, source } = readDateline(paragraphs[0]);
	const located = stringAt(item, 'located');
	const infoSource = namesOf(item.infosources ?? item.infoSources ?? item.infosource)[0]?.name as string | undefined;
	const notes: string[] = [];
	const places: TaggedPlace[] = namesOf(item.places ?? item.place)
		.filter((place) => plausibleName(place.name as string, 'places', notes))
		.map((place) => ({ name: clean(place.name as string), coordinates: pointOf(place, notes) }));
	if (located) places.unshift(...located.split(',').map((name) => ({ name: clean(name) })).filter((place) => place.name));
	return {
		title: plainOf(headline),
		description: description && plainOf(description),
		...(byline ? { byline: clean(byline) } : {}),
		paragraphs,
		source: source ?? infoSource ?? stringAt(item, 'copyrightholder', 'copyrightHolder'),
		dateline: dateline ?? located?.split(',')[0].trim().toUpperCase(),
		published: dayOf(stringAt(item, 'firstcreated', 'firstCreated', 'contentcreated', 'contentCreated', 'versioncreated', 'versionCreated')),
		tagged: {
			people: namesOf(item.people ?? item.person)
				.map((person) => clean(person.name as string))
				.filter((name) => plausibleName(name, 'people', notes)),
			places,
		},
		...(notes.length ? { notes } : {}),
	};
}

/** The longest name a tag may hold: "Mohammed bin Salman bin Abdulaziz Al Saud" has seven words. */
const MAX_NAME_WORDS = 10;
const MAX_NAME_CHARACTERS = 100;

/** A tag's name is a name, not a sentence: a longer one is left out, with a note. */
function plausibleName(name: string, list: string, notes: string[]): boolean {
	const words = clean(name).split(' ').length;
	if (words <= MAX_NAME_WORDS && name.length <= MAX_NAME_CHARACTERS) return true;
	notes.push(`left out a ${list} tag of ${words} words ("${clean(name).slice(0, 40)}..."): a name has at most ${MAX_NAME_WORDS} words and ${MAX_NAME_CHARACTERS} characters`);
	return false;
}
