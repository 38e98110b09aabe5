// The one place that picks a storage adapter.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openPostgresStore, openSqliteStore, type Store } from '../storage/index.ts';
import type { StoreLocation } from './config.ts';

export async function openStoreAt(loc: StoreLocation): Promise<Store> {
  let store: Store;
  if (loc.kind === 'postgres') store = await openPostgresStore(loc.target);
  else {
    if (loc.target !== ':memory:') mkdirSync(dirname(loc.target), { recursive: true });
    store = await openSqliteStore(loc.target);
  }
  try {
    await store.migrate();
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
