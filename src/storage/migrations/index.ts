// The manifest of schema migrations, in order. Names are permanent once released: add a new numbered
// file instead of editing one. Data migrations (none yet) go in their own numbered files with a test each.
import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../dialect.ts';
import * as m0001 from './0001_letters_items_dmhc.ts';
import * as m0002 from './0002_item_search.ts';
import * as m0003 from './0003_workflow.ts';
import * as m0004 from './0004_auth.ts';
import * as m0005 from './0005_rate_limits.ts';
import * as m0006 from './0006_item_search_table.ts';
import * as m0007 from './0007_bytewise_text_keys.ts';
import * as m0008 from './0008_item_search_id_buckets.ts';

interface StoreMigration {
  up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void>;
}

const MIGRATIONS: Readonly<Record<string, StoreMigration>> = {
  '0001_letters_items_dmhc': m0001,
  '0002_item_search': m0002,
  '0003_workflow': m0003,
  '0004_auth': m0004,
  '0005_rate_limits': m0005,
  '0006_item_search_table': m0006,
  '0007_bytewise_text_keys': m0007,
  '0008_item_search_id_buckets': m0008,
};

export const MIGRATION_TABLE = 'openimr_migration';
export const MIGRATION_LOCK_TABLE = 'openimr_migration_lock';

/** The migrations bound to one backend, in the shape Kysely's Migrator takes. */
export function migrationsFor(dialect: StoreDialect): Record<string, Migration> {
  return Object.fromEntries(
    Object.entries(MIGRATIONS).map(([name, m]) => [name, { up: (db: Kysely<unknown>) => m.up(db, dialect) }]),
  );
}
