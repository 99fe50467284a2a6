/**
 * The locator map, drawn at build time: land from Natural Earth (the world-atlas package), projected
 * with d3-geo, simplified in the map's own units so the SVG stays small, and labelled markers placed
 * so that they do not overlap. Places far from the rest (Venezuela in a story set in East Asia) go on
 * a small world overview in a corner, which also frames the main map. Nothing is fetched: the land
 * comes from the npm package, read once per build.
 *
 *   geometry.ts    rings: projected, simplified, encoded as paths; land or sea        (pure)
 *   labels.ts      label styles, sizes and placement                                   (pure)
 *   projection.ts  near and far places, the main projection, the world overview        (pure, one memo)
 *   surroundings.ts  what a place's own map shows round it: a country's outline, a site's
 *                  country and nearest city                                             (reads the gazetteers once)
 *   draw.ts        the map assembled from those                                        (pure)
 *   cache.ts       maps kept in memory and on disk between builds                      (reads and writes files)
 */
export { buildLocatorMap } from './cache';
export { drawLocatorMap, type LocatorMap } from './draw';
export type { Rect } from './geometry';
export type { MapPlace } from './projection';
