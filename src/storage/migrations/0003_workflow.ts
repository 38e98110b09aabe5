// Schema migration 3: the IMR case workflow. Cases (JSON record + indexed copies), the per-year case
// number counters, the hash-chained audit log and its head row, content-addressed blobs with their
// extracted text, and the reviewer registry. One column type differs per backend (bytes: blob / bytea);
// the rest is Kysely's schema builder, as in 0001.
import { sql, type Kysely } from 'kysely';
import { GENESIS_HASH } from '../../core/index.ts';
import type { StoreDialect } from '../dialect.ts';

export async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  await db.schema
    .createTable('cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_number', 'text', (c) => c.notNull().unique())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('reviewer_id', 'text')
    .addColumn('claims_administrator', 'text', (c) => c.notNull())
    .addColumn('consolidation_key', 'text')
    .addColumn('duplicate_key', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('record', 'text', (c) => c.notNull())
    .addCheckConstraint('cases_version_nonnegative', sql`version >= 0`)
    .execute();
  // Listings page by case number (the unique index), filtered by these.
  for (const column of ['state', 'reviewer_id', 'claims_administrator', 'consolidation_key', 'duplicate_key', 'updated_at'] as const) {
    await db.schema.createIndex(`cases_${column}`).on('cases').columns([column, 'case_number']).execute();
  }

  await db.schema
    .createTable('case_counters')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('last', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('seq', 'bigint', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    // A last line of defence the input checks do not duplicate (the atomicity tests trip it).
    .addCheckConstraint('audit_events_actor_type', sql`actor <> '' and type <> ''`)
    .execute();
  await db.schema.createIndex('audit_events_case').on('audit_events').columns(['case_id', 'seq']).execute();

  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addCheckConstraint('audit_head_one_row', sql`id = 1`)
    .execute();
  await sql`insert into audit_head (id, seq, hash) values (1, 0, ${GENESIS_HASH})`.execute(db);

  await db.schema
    .createTable('blobs')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('bytes', dialect.backend === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('blob_texts')
    .addColumn('sha256', 'text', (c) => c.primaryKey().references('blobs.sha256'))
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('reviewers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('record', 'text', (c) => c.notNull())
    .execute();
}
