// Opening the PostgreSQL store: node-postgres behind Kysely's PostgresDialect.
// pg returns int8 (what count() and sum() produce) as strings; this pool parses them to numbers, the one
// place where that is normalised. Ids are int4, so they are numbers already.
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { OpenImrError } from '../../core/index.ts';
import { storageFailure } from '../failure.ts';
import { KyselyStore, queryLog, type StoreOptions } from '../repository.ts';
import type { Database } from '../schema.ts';
import type { Store } from '../store.ts';
import { postgresDialect } from './search.ts';

function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new OpenImrError('storage-error', 'storage: a 64-bit count exceeds the safe integer range');
  return n;
}

// Per pool, not pg.types.setTypeParser: a global change would reach every other pg user in the process.
const types = new pg.TypeOverrides();
types.setTypeParser(pg.types.builtins.INT8, parseInt8);

export async function openPostgresStore(connectionString: string, options: StoreOptions = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString, types, max: 8, idleTimeoutMillis: 30_000 });
  // An idle client losing its connection must not crash the process; the next query reports the failure.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...queryLog(options) });
  try {
    await sql`select 1`.execute(db);
  } catch (err) {
    await db.destroy().catch(() => undefined);
    // Never echo the connection string: it may carry a password.
    throw storageFailure('connect to PostgreSQL', err);
  }
  return new KyselyStore(db, postgresDialect, options);
}
