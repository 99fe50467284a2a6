/**
 * Labels for the map's markers: how each reads (beside a dot, or across an area), how much room it
 * takes, and where it goes so that labels do not overlap where that can be helped. Pure.
 */
import type { Place } from '../../schemas/entities';
import type { Point, Rect } from './geometry';

/** This module's file, so the cache of maps can tell when the code that draws them has changed. */
export const LABELS_CODE_URL = import.meta.url;

/** Label size in SVG units: ~11 px on a phone. Wider screens show labels smaller (CSS), never larger. */
export const LABEL_SIZE = 18;
/** Countries, regions and islands are named smaller, and in a quieter style, than cities and sites. */
const AREA_LABEL_SIZE = 16;
/**
 * Names on the world overview in the corner: smaller than the main map's (~8.5 px on a phone, the least
 * a label may be), so that a name lies over its own part of the world, not over a neighbouring continent.
 */
export const INSET_LABEL_SIZE = 14;
const LINE_HEIGHT = 1.1;
export const DOT_RADIUS = 4.5;

/** Kinds drawn as a dot with a label beside it; the others are areas, labelled across their middle. */
export const DOT_KINDS: ReadonlySet<Place['kind']> = new Set(['city', 'site']);
/** Bodies of water: named in the water's colour, with no dot. */
const WATER_KINDS: ReadonlySet<Place['kind']> = new Set(['sea', 'strait', 'gulf', 'bay', 'river', 'lake']);
/** Open water, whose name belongs on the sea; a river's or a lake's is drawn on land at this scale. */
const OPEN_WATER_KINDS: ReadonlySet<Place['kind']> = new Set(['sea', 'strait', 'gulf', 'bay']);
/** A country's first-level divisions. */
const SUBDIVISION_KINDS: ReadonlySet<Place['kind']> = new Set(['province', 'state']);

/**
 * How a label reads: beside a dot, or across an area: countries in capitals, their provinces and
 * states upright and spaced, regions and islands in italics, water in italics in the water's colour;
 * on the world overview, every name small and plain (`overview`).
 */
type LabelStyle = 'dot' | 'country' | 'subdivision' | 'area' | 'water' | 'overview';

/** Where a label's middle belongs: an area's name on its land, a sea's on the sea. */
type Ground = 'land' | 'water' | 'any';

export interface MapLabel {
	id: string;
	lines: string[];
	/** The first line's baseline. */
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	style: LabelStyle;
	/** Set beside a dot, rather than across an area's middle. */
	beside: boolean;
	/** The space the label takes, estimated, in map units. */
	rect: Rect;
}

export interface LabelRequest {
	id: string;
	lines: string[];
	x: number;
	y: number;
	style: LabelStyle;
	/** Set beside a dot at (x, y), rather than across an area whose middle it is; by default, a `dot` style's. */
	beside?: boolean;
	/** Where the label's middle should be; `any` when not given. */
	ground?: Ground;
}

const besideDot = (request: LabelRequest) => request.beside ?? request.style === 'dot';

export function labelStyleOf(kind: Place['kind'], overview = false): LabelStyle {
	if (overview) return 'overview';
	if (DOT_KINDS.has(kind)) return 'dot';
	if (kind === 'country') return 'country';
	if (SUBDIVISION_KINDS.has(kind)) return 'subdivision';
	return WATER_KINDS.has(kind) ? 'water' : 'area';
}

export function groundOf(kind: Place['kind'], overview = false): Ground {
	if (overview || DOT_KINDS.has(kind)) return 'any';
	if (OPEN_WATER_KINDS.has(kind)) return 'water';
	return WATER_KINDS.has(kind) ? 'any' : 'land';
}

const sizeOf = (style: LabelStyle) => (style === 'dot' ? LABEL_SIZE : style === 'overview' ? INSET_LABEL_SIZE : AREA_LABEL_SIZE);

/**
 * A label's width estimated from its letters: there are no font metrics at build time, so we err wide,
 * as wide as the widest common sans-serif in bold (DejaVu Sans, Debian's system-ui): a name estimated
 * narrower than it is drawn runs into the next ("Gyeongju" into "JAPAN").
 */
export function estimateTextWidth(text: string, size: number, caps = false): number {
	let ems = 0;
	for (const char of caps ? text.toUpperCase() : text) {
		if (/[\s.,'’:;!|-]/.test(char)) ems += 0.36;
		else if (/[iljft]/.test(char)) ems += 0.38;
		else if (/[mwMW]/.test(char)) ems += 1;
		else if (/[A-Z]/.test(char)) ems += 0.8 + (caps ? 0.1 : 0);
		else ems += 0.7;
	}
	return ems * size;
}

/** Long names go on two lines, split at the space nearest the middle. */
export function labelLines(text: string, maxChars = 14): string[] {
	if (text.length <= maxChars || !text.includes(' ')) return [text];
	const middle = text.length / 2;
	let split = -1;
	for (let i = 0; i < text.length; i += 1) {
		if (text[i] === ' ' && (split === -1 || Math.abs(i - middle) < Math.abs(split - middle))) split = i;
	}
	return [text.slice(0, split), text.slice(split + 1)];
}

/** Room kept round a label: a name set next to another should read as two names, not one. */
const LABEL_MARGIN = 2.5;

const overlap = (a: Rect, b: Rect) =>
	Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
const outside = (a: Rect, bounds: Rect) =>
	Math.max(0, bounds.x0 - a.x0) + Math.max(0, bounds.y0 - a.y0) + Math.max(0, a.x1 - bounds.x1) + Math.max(0, a.y1 - bounds.y1);

function labelAt(request: LabelRequest, anchor: MapLabel['anchor'], x: number, top: number): MapLabel {
	const size = sizeOf(request.style);
	const width = Math.max(...request.lines.map((line) => estimateTextWidth(line, size, request.style === 'country')));
	const height = size * (1 + LINE_HEIGHT * (request.lines.length - 1));
	const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
	return {
		id: request.id,
		lines: request.lines,
		x: Math.round(x),
		// The baseline sits ~0.8 em below the top of the letters.
		y: Math.round(top + size * 0.8),
		anchor,
		style: request.style,
		beside: besideDot(request),
		rect: { x0: x0 - LABEL_MARGIN, y0: top - LABEL_MARGIN, x1: x0 + width + LABEL_MARGIN, y1: top + height + LABEL_MARGIN },
	};
}

/**
 * Where an area's label may go, as [label widths across, lines down] from the area's middle: on the
 * middle, or nudged off it a little where the middle is taken. Only where all of those cover a dot or
 * another label (a capital inside its own country, with its name beside it: Pyongyang in North Korea)
 * does it go farther out, nearest first, so that the name moves off the dot rather than onto it.
 */
const NEAR_AREA_OFFSETS: readonly Point[] = [0, -0.5, 0.5, -1, 1, -1.5, 1.5, -2, 2, -3, 3].flatMap((dy) =>
	[0, -0.15, 0.15, -0.3, 0.3, -0.45, 0.45, -0.6, 0.6].map((dx): Point => [dx, dy]),
);
const FAR_AREA_OFFSETS: readonly Point[] = [0, -0.5, 0.5, -1, 1, -1.5, 1.5, -2, 2, -2.5, 2.5, -3, 3, -3.5, 3.5, -4, 4]
	.flatMap((dy) => [0, -0.15, 0.15, -0.3, 0.3, -0.45, 0.45, -0.6, 0.6, -0.8, 0.8, -1, 1].map((dx): Point => [dx, dy]))
	.filter(([dx, dy]) => !NEAR_AREA_OFFSETS.some(([x, y]) => x === dx && y === dy))
	// A label is a few lines wide, so a step of a width across weighs about as much as three lines down.
	.sort((a, b) => Math.hypot(a[0] * 3, a[1]) - Math.hypot(b[0] * 3, b[1]));

function candidates(request: LabelRequest): MapLabel[] {
	const { x, y } = request;
	const size = sizeOf(request.style);
	const height = size * (1 + LINE_HEIGHT * (request.lines.length - 1));
	if (!besideDot(request)) {
		// A name stacked on two lines ("North / Korea") may go on one where that clears what it would cover.
		const layouts = request.lines.length > 1 ? [request.lines, [request.lines.join(' ')]] : [request.lines];
		const around = (offsets: readonly Point[]) =>
			layouts.flatMap((lines) => {
				const width = Math.max(...lines.map((line) => estimateTextWidth(line, size, request.style === 'country')));
				const layoutHeight = size * (1 + LINE_HEIGHT * (lines.length - 1));
				return offsets.map(([dx, dy]) => labelAt({ ...request, lines }, 'middle', x + dx * width, y - layoutHeight / 2 + dy * size * 0.9));
			});
		return [...around(NEAR_AREA_OFFSETS), ...around(FAR_AREA_OFFSETS)];
	}
	// Beside, above or below the dot, the label's margin clear of the dot's room (`dotRect`).
	const clear = DOT_RADIUS + 1 + LABEL_MARGIN;
	const gap = clear + 1;
	const corner = DOT_RADIUS * 0.6;
	const middle = y - height / 2;
	const above = y - clear - height;
	const below = y + clear;
	return [
		labelAt(request, 'start', x + gap, middle),
		labelAt(request, 'end', x - gap, middle),
		labelAt(request, 'start', x + corner, above),
		labelAt(request, 'start', x + corner, below),
		labelAt(request, 'end', x - corner, above),
		labelAt(request, 'end', x - corner, below),
		labelAt(request, 'middle', x, above - 1),
		labelAt(request, 'middle', x, below + 1),
	];
}

/** How many of an area's candidates lie near its middle (the rest are farther out). */
const nearCandidateCount = (request: LabelRequest) =>
	besideDot(request) ? Infinity : NEAR_AREA_OFFSETS.length * (request.lines.length > 1 ? 2 : 1);

// Scores, lowest best: leaving the drawing outweighs any overlap, any overlap outweighs a name on the
// wrong ground, and that outweighs the order of preference among candidates.
const OUTSIDE_COST = 1e8;
const OVERLAP_COST = 1e5;
const ADRIFT_COST = 1e4;

/**
 * Label placement: labels of dots before labels of areas, the most crowded first; each takes the first
 * candidate position that overlaps nothing (other labels, dots, the overview), or else the one that
 * overlaps least. A label leaves `bounds` only when no candidate fits inside, and an area's label
 * leaves its ground (land, or water for a sea) only when there is no room on it.
 *
 * An area that found no clear spot near its middle (a province round a capital whose name is beside
 * it) would be named far away, on some other land: so it takes the first clear spot near its middle
 * where only dots' labels stand, if those labels can all move elsewhere without covering anything.
 */
export function placeLabels(
	requests: LabelRequest[],
	obstacles: Rect[],
	bounds: Rect,
	isLand: (point: Point) => boolean = () => true,
): MapLabel[] {
	const crowding = (request: LabelRequest) =>
		requests.filter((other) => other !== request && Math.hypot(other.x - request.x, other.y - request.y) < LABEL_SIZE * 4).length;
	const order = [...requests].sort(
		(a, b) => Number(!besideDot(a)) - Number(!besideDot(b)) || crowding(b) - crowding(a),
	);
	const onItsGround = (request: LabelRequest, rect: Rect) => {
		// An area's name belongs on its land: out at sea, "South Korea" would seem to name the sea;
		// and a sea's on the sea.
		const ground = request.ground ?? 'any';
		return ground === 'any' || isLand([(rect.x0 + rect.x1) / 2, (rect.y0 + rect.y1) / 2]) === (ground === 'land');
	};
	const score = (request: LabelRequest, candidate: MapLabel, index: number, placed: Map<string, MapLabel>) => {
		let hits = 0;
		for (const label of placed.values()) if (label.id !== request.id) hits += overlap(candidate.rect, label.rect);
		for (const obstacle of obstacles) hits += overlap(candidate.rect, obstacle);
		const adrift = onItsGround(request, candidate.rect) ? 0 : ADRIFT_COST;
		return outside(candidate.rect, bounds) * OUTSIDE_COST + hits * OVERLAP_COST + adrift + index;
	};
	const best = (request: LabelRequest, placed: Map<string, MapLabel>) => {
		let chosen = { label: undefined as MapLabel | undefined, score: Infinity, index: -1 };
		candidates(request).forEach((candidate, index) => {
			const candidateScore = score(request, candidate, index, placed);
			if (candidateScore < chosen.score) chosen = { label: candidate, score: candidateScore, index };
		});
		return chosen;
	};

	let placed = new Map<string, MapLabel>();
	const farOrCovering: LabelRequest[] = [];
	for (const request of order) {
		const chosen = best(request, placed);
		if (chosen.label) placed.set(request.id, chosen.label);
		if (!besideDot(request) && (chosen.score >= ADRIFT_COST || chosen.index >= nearCandidateCount(request))) farOrCovering.push(request);
	}

	for (const request of farOrCovering) {
		const near = candidates(request).slice(0, nearCandidateCount(request));
		for (const candidate of near) {
			const others = [...placed.values()].filter((label) => label.id !== request.id);
			const blocked =
				outside(candidate.rect, bounds) > 0 ||
				!onItsGround(request, candidate.rect) ||
				obstacles.some((obstacle) => overlap(candidate.rect, obstacle) > 0) ||
				others.some((label) => !label.beside && overlap(candidate.rect, label.rect) > 0);
			if (blocked) continue;
			const displaced = others.filter((label) => overlap(candidate.rect, label.rect) > 0);
			const trial = new Map(placed);
			trial.set(request.id, candidate);
			for (const label of displaced) trial.delete(label.id);
			const moved = displaced.every((label) => {
				const displacedRequest = requests.find((other) => other.id === label.id) as LabelRequest;
				const chosen = best(displacedRequest, trial);
				if (!chosen.label || chosen.score >= OVERLAP_COST) return false;
				trial.set(label.id, chosen.label);
				return true;
			});
			if (moved) {
				placed = trial;
				break;
			}
		}
	}
	return requests.map((request) => placed.get(request.id) as MapLabel);
}

/** The room a dot takes, with a unit to spare. */
export const dotRect = (x: number, y: number): Rect => ({
	x0: x - DOT_RADIUS - 1,
	y0: y - DOT_RADIUS - 1,
	x1: x + DOT_RADIUS + 1,
	y1: y + DOT_RADIUS + 1,
});

/** Dots closer than this (a dot's width, and the unit kept round it) would be drawn as one: they share it. */
export const SHARED_DOT_DISTANCE = 2 * (DOT_RADIUS + 1);

/**
 * Which dots share one: each point joins the first group whose dot lies within SHARED_DOT_DISTANCE of
 * it, in the order given (the caller puts first the place whose dot it should be: a city before a site
 * in it, Tokyo before Yasukuni Shrine); else it starts a group of its own. Returns the groups, as indices.
 */
export function sharedDots(points: readonly { x: number; y: number }[]): number[][] {
	const groups: number[][] = [];
	points.forEach((point, index) => {
		const group = groups.find((members) => {
			const first = points[members[0] as number] as { x: number; y: number };
			return Math.hypot(first.x - point.x, first.y - point.y) < SHARED_DOT_DISTANCE;
		});
		if (group) group.push(index);
		else groups.push([index]);
	});
	return groups;
}

/** The label of a dot that several places share: each name on a line of its own, all but the last with a comma ("Nara," / "Horyu Temple"). */
export function sharedLabelLines(names: readonly string[]): string[] {
	if (names.length === 1) return labelLines(names[0] as string);
	return names.flatMap((name, i) => labelLines(i < names.length - 1 ? `${name},` : name, 10));
}
