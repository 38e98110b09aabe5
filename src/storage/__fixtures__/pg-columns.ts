// Column names of a PostgreSQL table (in order, some left out), for tests that copy rows with raw SQL.
import type pg from 'pg';

export async function columnsOf(c: pg.Client, table: string, skip: readonly string[]): Promise<string[]> {
  const r = await c.query<{ column_name: string }>(
    'select column_name from information_schema.columns where table_name = $1 and table_schema = current_schema() order by ordinal_position',
    [table],
  );
  return r.rows.map((x) => x.column_name).filter((n) => !skip.includes(n));
}
