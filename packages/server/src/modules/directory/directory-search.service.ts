import { asc } from 'drizzle-orm';
import type { DirectorySearchQuery, DirectorySearchResult } from '@collegium/shared/contracts/directory';
import type { Ctx } from '../../context.js';
import { organizations } from '../../db/schema/index.js';
import { allows } from '../../lib/access.js';
import { listBodies } from './bodies.service.js';
import { presentOrganizationRef } from './directory.presenters.js';
import { searchMatches } from './directory.search.js';
import { listPersons } from './persons.service.js';

/**
 * One search box over the directory: bodies the caller may see, organisations for signed-in users, people
 * for those who may look people up (staff and body managers). Case and accents are ignored.
 */
export async function searchDirectory(ctx: Ctx, query: DirectorySearchQuery): Promise<DirectorySearchResult> {
  const limit = query.limit ?? 10;
  const [bodies, organizationRows, persons] = await Promise.all([
    listBodies(ctx, { q: query.q, limit }),
    allows(ctx, 'organization:read').then((may) =>
      may
        ? ctx.db
            .select()
            .from(organizations)
            .where(searchMatches(organizations.searchText, query.q))
            .orderBy(asc(organizations.name), asc(organizations.id))
            .limit(limit)
        : [],
    ),
    allows(ctx, 'person:read').then((may) => (may ? listPersons(ctx, { q: query.q, limit }) : { items: [], total: 0 })),
  ]);
  return { bodies: bodies.items, organizations: organizationRows.map(presentOrganizationRef), persons: persons.items };
}
