import { eq } from 'drizzle-orm';
import type { PersonInput, PersonPatch } from '@collegium/shared/contracts/directory';
import type { Ctx } from '../../context.js';
import { persons } from '../../db/schema/index.js';
import { AppError } from '../../lib/app-error.js';
import { etagOf } from '../directory/directory.versions.js';
import { createPersonAndReturnId, updatePerson } from '../directory/persons.service.js';
import { changedFields } from './import-organizations.js';
import { columnOfField } from './transfer.columns.js';
import { RowError, type RowValues } from './transfer.values.js';

interface KnownPerson {
  id: string;
  /** null for someone this import added: read when a later row changes them */
  etag: string | null;
  fields: { givenName: string; familyName: string; title: string | null; email: string | null; phone: string | null };
}

const lower = (value: string) => value.toLowerCase();
const nameKey = (givenName: string, familyName: string) => `${lower(givenName)}|${lower(familyName)}`;

/**
 * The people of the directory as an import sees them: found by e-mail (any case), else by person_key (the
 * id an export writes), else — for someone without either — by name among people without an e-mail address.
 * New and changed people go through the directory's person services.
 */
export class PersonDirectory {
  private readonly byId = new Map<string, KnownPerson>();
  private readonly byEmail = new Map<string, KnownPerson>();
  private readonly byNameWithoutEmail = new Map<string, KnownPerson[]>();

  static async load(ctx: Ctx): Promise<PersonDirectory> {
    const directory = new PersonDirectory();
    const rows = await ctx.db.select().from(persons);
    for (const row of rows) {
      directory.remember({
        id: row.id,
        etag: etagOf(row.updatedAt),
        fields: { givenName: row.givenName, familyName: row.familyName, title: row.title, email: row.email, phone: row.phone },
      });
    }
    return directory;
  }

  private remember(person: KnownPerson): void {
    const previous = this.byId.get(person.id);
    if (previous?.fields.email) this.byEmail.delete(lower(previous.fields.email));
    this.byId.set(person.id, person);
    if (person.fields.email) {
      if (!this.byEmail.has(lower(person.fields.email))) this.byEmail.set(lower(person.fields.email), person);
    } else if (!previous) {
      const key = nameKey(person.fields.givenName, person.fields.familyName);
      this.byNameWithoutEmail.set(key, [...(this.byNameWithoutEmail.get(key) ?? []), person]);
    }
  }

  /** A person's id by e-mail address or person key, for the substitute column. */
  find(value: string): string | undefined {
    return (value.includes('@') ? this.byEmail.get(lower(value)) : this.byId.get(value))?.id;
  }

  private match(cells: RowValues, fields: PersonInput): KnownPerson | undefined {
    const email = fields.email;
    const key = cells.text('person_key');
    const byEmail = email ? this.byEmail.get(lower(email)) : undefined;
    if (byEmail) return byEmail;
    if (key) {
      const byKey = this.byId.get(key);
      if (!byKey && !email) throw new RowError('person_key', `There is no person with the key “${key}”.`);
      return byKey;
    }
    if (email) return undefined;
    const namesakes = this.byNameWithoutEmail.get(nameKey(fields.givenName, fields.familyName)) ?? [];
    if (namesakes.length > 1) {
      throw new RowError(
        'person_key',
        `Several people called ${fields.givenName} ${fields.familyName} have no e-mail address; give this row an email or person_key.`,
      );
    }
    return namesakes[0];
  }

  /** The row's person: found (and updated when its cells differ) or created. */
  async resolve(ctx: Ctx, cells: RowValues, fields: PersonInput): Promise<{ personId: string; changed: boolean }> {
    const known = this.match(cells, fields);
    if (!known) {
      const { id } = await createPersonAndReturnId(ctx, fields);
      this.remember({
        id,
        etag: null,
        fields: { title: null, email: null, phone: null, ...fields } as KnownPerson['fields'],
      });
      return { personId: id, changed: true };
    }
    const patch: PersonPatch = changedFields(known.fields, fields);
    if (patch.email && known.fields.email && lower(patch.email) === lower(known.fields.email)) delete patch.email;
    if (Object.keys(patch).length === 0) return { personId: known.id, changed: false };
    const etag = known.etag ?? etagOf((await ctx.db.select({ at: persons.updatedAt }).from(persons).where(eq(persons.id, known.id)))[0]!.at);
    const saved = await updatePerson(ctx, known.id, patch, etag).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'forbidden') {
        const column = Object.keys(patch).map((field) => columnOfField.memberships[field]!)[0]!;
        throw new RowError(column, 'Not allowed: this row changes a person’s details, which only staff may change.');
      }
      throw error;
    });
    this.remember({ id: known.id, etag: saved.etag, fields: { ...known.fields, ...patch } as KnownPerson['fields'] });
    return { personId: known.id, changed: true };
  }
}
