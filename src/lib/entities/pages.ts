/**
 * The pages of a person or place: `/people/<id>/`, then `/people/<id>/2/`, ... (places alike), newest
 * explainers first, `PAGE_SIZE` a page (src/lib/explainers/pagination.ts). Page 1 shows the profile (name, native
 * name, roles, where it is, and so the map) with the newest explainers; a later page shows the name to
 * recognise it by and its own explainers. The timeline lists the events of the page's explainers, so
 * it is bounded too, and roles are capped: no part of any page grows with the archive.
 *
 * Each page's props are exactly what it shows, so a hash of them could serve as Astro's `cacheKey`.
 */
import type { Page, PaginateFunction } from 'astro';
import { cacheKey } from '../build/cache-key';
import { type Appearance, type DatedRole, type Entity, type EntityEvent, entityDetails, eventsOf } from './across-explainers';
import { PAGE_SIZE, type PageNav, pageNav } from '../explainers/pagination';

/** Roles listed on a person's page, newest first; older ones are counted. */
const ROLE_LIMIT = 5;

/** What every page of a person or place shows: enough to know whose list it is. */
interface EntityHeading {
	kind: Entity['kind'];
	id: string;
	name: string;
	native: Entity['native'];
	/** The one line under the name: country, or what and where a place is. */
	details: string;
	explainerCount: number;
}

/** Page 1's profile. */
interface EntityProfile extends EntityHeading {
	place: Entity['place'];
	/** At most `ROLE_LIMIT`, newest first. */
	roles: DatedRole[];
	/** How many older roles are left out. */
	earlierRoles: number;
	/** The newest explainer's word: a person's role now, and one line on who or what it is. */
	role: string | undefined;
	summary: string;
}

function entityProfile(entity: Entity): EntityProfile {
	const latest = entity.appearances[0];
	return {
		kind: entity.kind,
		id: entity.id,
		name: entity.name,
		native: entity.native,
		details: entityDetails(entity),
		explainerCount: entity.appearances.length,
		place: entity.place,
		roles: entity.roles.slice(0, ROLE_LIMIT),
		earlierRoles: Math.max(0, entity.roles.length - ROLE_LIMIT),
		role: latest?.role,
		summary: latest?.summary ?? '',
	};
}

const headingOf = ({ kind, id, name, native, details, explainerCount }: EntityProfile): EntityHeading => ({
	kind,
	id,
	name,
	native,
	details,
	explainerCount,
});

/** The page description, for every page of the entity. */
function entityDescription(profile: EntityProfile): string {
	return profile.kind === 'person'
		? `${profile.name}, ${profile.role ?? ''}: every Backstory explainer and timeline event involving them.`
		: `${profile.name} (${profile.details}): every Backstory explainer and timeline event involving it.`;
}

/** A type, not an interface: Astro's page props must be indexable by string. */
export type EntityPageProps = {
	heading: EntityHeading;
	/** Page 1 only. */
	profile: EntityProfile | undefined;
	description: string;
	/** This page's explainers, newest first. */
	appearances: Appearance[];
	/** Their events that involve the entity, in date order. */
	events: EntityEvent[];
	nav: PageNav;
};

function entityPageProps(profile: EntityProfile, page: Pick<Page<Appearance>, 'data' | 'currentPage' | 'lastPage' | 'url'>): EntityPageProps {
	return {
		heading: headingOf(profile),
		profile: page.currentPage === 1 ? profile : undefined,
		description: entityDescription(profile),
		appearances: page.data,
		events: eventsOf(page.data),
		nav: pageNav(page),
	};
}

/** `getStaticPaths` for `people/[id]/[...page]` and `places/[id]/[...page]`: every page of every entity. */
export function entityPagePaths(entities: Map<string, Entity>, paginate: PaginateFunction) {
	return [...entities.values()].flatMap((entity) => {
		const profile = entityProfile(entity);
		return paginate(entity.appearances, { pageSize: PAGE_SIZE, params: { id: entity.id } }).map(({ params, props }) => {
			const pageProps = entityPageProps(profile, props.page);
			// The page shows its props and nothing else, so they are its key for incremental builds.
			return { params, props: pageProps, cacheKey: cacheKey(pageProps) };
		});
	});
}
