/**
 * What the card looks like: its layout as a Takumi node tree (a headline, its byline and the
 * explainer's timeline as dots on a line), in the colours of the site's light theme. Drawn by
 * ./drawing.
 */
import type { ContainerNode, Node } from '@takumi-rs/core';
import { CARD_WIDTH, type CardData, type CardTimeline } from './card';

type Style = NonNullable<ContainerNode['style']>;

// The card's tree, satori's shape mapped to Takumi's: a div is a container, a string a text node.
const box = (style: Style, children?: Node[] | string): ContainerNode => ({
	type: 'container',
	style,
	...(children === undefined ? {} : { children: typeof children === 'string' ? [{ type: 'text', text: children }] : children }),
});

// The light theme of src/styles/global.css: cards are seen on feeds of any colour, light reads everywhere.
const INK = { bg: '#fdfcf9', text: '#1c1b19', muted: '#57534b', rule: '#d9d5cb', accent: '#9b1c12', scheduled: '#1d4f91' };
const PAD_X = 72;
const LINE_WIDTH = CARD_WIDTH - PAD_X * 2;
const DOT = 16;

function timelineStrip(timeline: CardTimeline): ContainerNode {
	const dots = timeline.positions.map((position, index) =>
		box({
			position: 'absolute',
			left: Math.round(position * (LINE_WIDTH - DOT)),
			top: 6,
			width: DOT,
			height: DOT,
			borderRadius: DOT / 2,
			boxSizing: 'border-box',
			...(index >= timeline.scheduledFrom
				? { background: INK.bg, border: `3px solid ${INK.scheduled}` }
				: { background: INK.accent }),
		}),
	);
	return box({ display: 'flex', flexDirection: 'column' }, [
		box({ display: 'flex', position: 'relative', width: LINE_WIDTH, height: 28 }, [
			box({ position: 'absolute', left: 0, top: 13, width: LINE_WIDTH, height: 2, background: INK.rule }),
			...dots,
		]),
		box({ display: 'flex', justifyContent: 'space-between', marginTop: 10, fontSize: 24, color: INK.muted }, [
			box({ display: 'flex' }, timeline.startLabel),
			box({ display: 'flex', fontWeight: 700, color: INK.text }, `Timeline · ${timeline.positions.length} dates`),
			box({ display: 'flex' }, timeline.endLabel),
		]),
	]);
}

export function cardElement(card: CardData): ContainerNode {
	const size = card.headline.length <= 60 ? 72 : card.headline.length <= 110 ? 58 : 48;
	return box(
		{
			width: '100%',
			height: '100%',
			boxSizing: 'border-box',
			display: 'flex',
			flexDirection: 'column',
			padding: `48px ${PAD_X}px 52px`,
			background: INK.bg,
			color: INK.text,
			fontFamily: 'Inter',
			borderTop: `14px solid ${INK.accent}`,
		},
		[
			box({ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }, [
				box({ display: 'flex', fontSize: 40, fontWeight: 800, letterSpacing: -1 }, card.siteName),
				box(
					{ display: 'flex', fontSize: 22, fontWeight: 700, color: INK.accent, letterSpacing: 2, textTransform: 'uppercase' },
					card.kicker,
				),
			]),
			box(
				{ display: 'block', marginTop: 36, fontSize: size, fontWeight: 800, lineHeight: 1.12, letterSpacing: -1, lineClamp: 4 },
				card.headline,
			),
			box({ display: 'block', marginTop: 24, fontSize: 26, color: INK.muted, lineClamp: 2 }, card.byline),
			box({ display: 'flex', flexGrow: 1 }),
			...(card.timeline ? [timelineStrip(card.timeline)] : []),
		],
	);
}

/** The layout's code and colours: change any and every card looks different (part of each card's cache key). */
export function layoutFingerprint(): string[] {
	return [cardElement.toString(), timelineStrip.toString(), box.toString(), JSON.stringify(INK)];
}
