// Schema migration 5: state the API processes share so that several can run behind one proxy (decision 0010).
// - rate_limits: one token bucket per (scope, key). Keys are SHA-256 digests made by the API (of a username or
//   a client address), never a password. A row is needed only until its bucket is full again (full_ms);
//   older rows are pruned, so the table holds at most the keys seen within one refill period.
// - leases: a named lock with an expiry, held by one process at a time (first-start bootstrap and demo data).
// Both are operational, not records: an export leaves them out (transfer-tables.ts).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_limits')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('tokens', 'double precision', (c) => c.notNull())
    .addColumn('updated_ms', 'bigint', (c) => c.notNull())
    .addColumn('full_ms', 'bigint', (c) => c.notNull())
    .addColumn('allowed', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limits_pk', ['scope', 'key'])
    .execute();
  await db.schema.createIndex('rate_limits_full_ms').on('rate_limits').column('full_ms').execute();

  await db.schema
    .createTable('leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('expires_ms', 'bigint', (c) => c.notNull())
    .execute();
}
