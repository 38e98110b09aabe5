// Whole-store export and import between the two backends (docs/decisions/0007). An export is a directory:
// one NDJSON file per table (canonical lines, transfer-tables.ts) and manifest.json, written last, with
// per-table row counts and SHA-256 and one content hash over them all. Everything streams a page at a time.
// Import goes into an EMPTY store of either backend, checks every file against the manifest before it writes
// anything, inserts in batches inside ONE transaction, reads the target back in canonical form in that
// transaction and requires the same counts and hashes and an intact audit chain before it commits: an
// import that fails or is killed leaves the target empty.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { GENESIS_HASH, OpenImrError } from '../core/index.ts';
import { guarded } from './failure.ts';
import { openEndpoint, type Endpoint, type Row, type TransferTarget } from './transfer-endpoint.ts';
import { canonicalLine, parseLine, TRANSFER_TABLES, type TableSpec } from './transfer-tables.ts';

export type { TransferTarget } from './transfer-endpoint.ts';

export const EXPORT_FORMAT = 'openimr-export';
export const EXPORT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';

/** Rows per import transaction, and a byte bound for tables with large values (blobs). */
const IMPORT_BATCH_ROWS = 1_000;
const IMPORT_BATCH_BYTES = 8 * 1024 * 1024;

export interface TableDigest {
  name: string;
  rows: number;
  /** SHA-256 (hex) of the table's canonical lines, each followed by '\n': the export file's bytes. */
  sha256: string;
}

const TableEntry = z.object({
  name: z.string(),
  file: z.string().regex(/^[a-z_]+\.ndjson$/),
  rows: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  columns: z.array(z.string()),
});

export const ExportManifest = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  createdAt: z.string(),
  source: z.object({ backend: z.enum(['sqlite', 'postgres']) }),
  migrations: z.array(z.string()),
  tables: z.array(TableEntry),
  /** SHA-256 over "name rows sha256\n" of every table, in order: one value to compare two stores by. */
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ExportManifest = z.infer<typeof ExportManifest>;

export interface ExportSummary {
  dir: string;
  manifest: ExportManifest;
  rows: number;
  bytes: number;
  ms: number;
}

export interface ImportSummary {
  rows: number;
  tables: TableDigest[];
  contentSha256: string;
  auditEvents: number;
  ms: number;
}

export function contentHash(tables: readonly TableDigest[]): string {
  const h = createHash('sha256');
  for (const t of tables) h.update(`${t.name} ${t.rows} ${t.sha256}\n`);
  return h.digest('hex');
}

/** Hands every table's canonical lines, a page at a time, to `sink`; returns the per-table digests. */
async function digestTables(read: (spec: TableSpec) => AsyncIterable<Row[]>, sink: (spec: TableSpec, lines: string) => Promise<void>): Promise<TableDigest[]> {
  const out: TableDigest[] = [];
  for (const spec of TRANSFER_TABLES) {
    const h = createHash('sha256');
    let rows = 0;
    for await (const page of read(spec)) {
      let text = '';
      for (const row of page) text += canonicalLine(spec, row) + '\n';
      h.update(text);
      rows += page.length;
      await sink(spec, text);
    }
    out.push({ name: spec.name, rows, sha256: h.digest('hex') });
  }
  return out;
}

/** Reads every table in one snapshot and hands its canonical lines, a page at a time, to `sink`. */
function walk(ep: Endpoint, sink: (spec: TableSpec, lines: string) => Promise<void>): Promise<TableDigest[]> {
  return guarded('read the store', () => ep.snapshot((read) => digestTables(read, sink)));
}

/** Per-table canonical counts and hashes of a store, as an export would record them (no files). */
export async function storeDigests(target: TransferTarget): Promise<{ tables: TableDigest[]; contentSha256: string }> {
  const ep = await openEndpoint(target, { mustExist: true });
  try {
    const tables = await walk(ep, () => Promise.resolve());
    return { tables, contentSha256: contentHash(tables) };
  } finally {
    await ep.close();
  }
}

function fileOf(spec: TableSpec): string {
  return `${spec.name}.ndjson`;
}

/** Writes the whole store to `dir` (created; refused when it exists and is not empty). */
export async function exportStore(target: TransferTarget, dir: string, options: { now?: () => Date } = {}): Promise<ExportSummary> {
  const started = performance.now();
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new OpenImrError('conflict', 'the export directory exists and is not empty', { path: dir, reason: 'export-dir-not-empty' });
  }
  await mkdir(dir, { recursive: true });
  const ep = await openEndpoint(target, { mustExist: true });
  try {
    const migrations = await guarded('read migrations', () => ep.migrations());
    let bytes = 0;
    let current: { spec: TableSpec; stream: ReturnType<typeof createWriteStream> } | null = null;
    const finish = async (): Promise<void> => {
      if (current === null) return;
      const s = current.stream;
      current = null;
      s.end();
      await once(s, 'close');
    };
    const open = (spec: TableSpec): ReturnType<typeof createWriteStream> => {
      const stream = createWriteStream(join(dir, fileOf(spec)), { flags: 'wx' });
      current = { spec, stream };
      return stream;
    };
    let tables: TableDigest[];
    try {
      tables = await walk(ep, async (spec, text) => {
        let stream = current?.spec === spec ? current.stream : null;
        if (stream === null) {
          await finish();
          stream = open(spec);
        }
        bytes += Buffer.byteLength(text);
        if (!stream.write(text)) await once(stream, 'drain');
      });
    } finally {
      await finish();
    }
    // Empty tables get an empty file, so every table in the manifest has one.
    for (const spec of TRANSFER_TABLES) if (!existsSync(join(dir, fileOf(spec)))) await writeFile(join(dir, fileOf(spec)), '', { flag: 'wx' });
    const manifest: ExportManifest = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      createdAt: (options.now ?? (() => new Date()))().toISOString(),
      source: { backend: ep.backend },
      migrations,
      tables: tables.map((t, n) => ({ ...t, file: fileOf(TRANSFER_TABLES[n] ?? { name: t.name, key: [], columns: [] }), columns: (TRANSFER_TABLES[n]?.columns ?? []).map((c) => c.name) })),
      contentSha256: contentHash(tables),
    };
    // The manifest last, by rename: a directory with a manifest is a complete export.
    const tmp = join(dir, `.${MANIFEST_FILE}.tmp`);
    await writeFile(tmp, JSON.stringify(manifest, null, 2) + '\n');
    await rename(tmp, join(dir, MANIFEST_FILE));
    return { dir, manifest, rows: tables.reduce((n, t) => n + t.rows, 0), bytes, ms: performance.now() - started };
  } finally {
    await ep.close();
  }
}

function mismatch(message: string, table: string): OpenImrError {
  return new OpenImrError('unreadable-file', message, { field: table, reason: 'export-hash-mismatch' });
}

/** Reads and checks manifest.json (format, version, the content hash over its table entries, the table list). */
export async function readManifest(dir: string): Promise<ExportManifest> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8'));
  } catch (err) {
    throw new OpenImrError('unreadable-file', 'no readable manifest.json in the export directory (an incomplete export?)', { path: dir, reason: 'export-no-manifest', cause: err });
  }
  const parsed = ExportManifest.safeParse(json);
  if (!parsed.success) {
    throw new OpenImrError('unreadable-file', 'manifest.json is not an OpenIMR export manifest of a version this program reads', { path: dir, reason: 'export-bad-manifest' });
  }
  const m = parsed.data;
  if (contentHash(m.tables) !== m.contentSha256) throw mismatch('manifest.json: the content hash does not match its table entries', 'manifest');
  const names = m.tables.map((t) => t.name).join(',');
  if (names !== TRANSFER_TABLES.map((s) => s.name).join(',')) {
    throw new OpenImrError('unreadable-file', 'the export has other tables than this schema', { path: dir, reason: 'export-schema-mismatch' });
  }
  for (const [n, t] of m.tables.entries()) {
    const spec = TRANSFER_TABLES[n];
    if (spec === undefined || t.columns.join(',') !== spec.columns.map((c) => c.name).join(',') || t.file !== fileOf(spec)) {
      throw new OpenImrError('unreadable-file', `the export's ${t.name} columns differ from this schema`, { field: t.name, reason: 'export-schema-mismatch' });
    }
  }
  return m;
}

/** Hashes and counts a file's lines without holding it in memory. */
async function fileDigest(path: string): Promise<{ sha256: string; rows: number; endsClean: boolean }> {
  const h = createHash('sha256');
  let rows = 0;
  let lastByte = -1;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    h.update(chunk);
    for (const b of chunk) if (b === 0x0a) rows++;
    lastByte = chunk[chunk.length - 1] ?? lastByte;
  }
  return { sha256: h.digest('hex'), rows, endsClean: lastByte === -1 || lastByte === 0x0a };
}

async function checkEmpty(ep: Endpoint): Promise<void> {
  for (const name of [...TRANSFER_TABLES.map((s) => s.name), 'sessions']) {
    if (name === 'audit_head') continue;
    if ((await ep.count(name)) > 0) {
      throw new OpenImrError('conflict', `the target store is not empty (${name} has rows): import only into an empty store`, { field: name, reason: 'target-not-empty' });
    }
  }
  const head = await ep.store.workflow.verifyAudit();
  if (!head.ok || head.head !== GENESIS_HASH) throw new OpenImrError('conflict', 'the target store is not empty (audit head moved)', { reason: 'target-not-empty' });
}

/** Imports an export directory into an empty store (created and migrated if needed), then verifies it. */
export async function importStore(dir: string, target: TransferTarget): Promise<ImportSummary> {
  const started = performance.now();
  const manifest = await readManifest(dir);
  // Every file against the manifest before anything is written.
  for (const t of manifest.tables) {
    const path = join(dir, t.file);
    if (!existsSync(path)) throw mismatch(`${t.file} is missing`, t.name);
    const d = await fileDigest(path);
    if (d.sha256 !== t.sha256 || d.rows !== t.rows || !d.endsClean) throw mismatch(`${t.file} does not match the manifest (changed or truncated)`, t.name);
  }
  const ep = await openEndpoint(target);
  try {
    await ep.store.migrate();
    const applied = await guarded('read migrations', () => ep.migrations());
    if (applied.join(',') !== manifest.migrations.join(',')) {
      throw new OpenImrError('conflict', 'the export and the target store are at different schema versions (migrations)', { reason: 'export-schema-mismatch' });
    }
    await guarded('check the target', () => checkEmpty(ep));
    // One transaction from the first row to the verified audit chain: all or nothing.
    const { rows, tables, auditEvents } = await guarded('import', () =>
      ep.importAll(async (w) => {
        let rows = 0;
        for (const [n, spec] of TRANSFER_TABLES.entries()) {
          const entry = manifest.tables[n];
          if (entry === undefined) continue;
          let batch: unknown[][] = [];
          let batchBytes = 0;
          let first = true;
          const flush = async (): Promise<void> => {
            if (batch.length === 0 && !(first && spec.seeded === true && entry.rows > 0)) return;
            await w.insert(spec, batch, first && spec.seeded === true);
            rows += batch.length;
            first = false;
            batch = [];
            batchBytes = 0;
          };
          const lines = createInterface({ input: createReadStream(join(dir, entry.file)), crlfDelay: Infinity });
          for await (const line of lines) {
            batch.push(parseLine(spec, line));
            batchBytes += line.length;
            if (batch.length >= IMPORT_BATCH_ROWS || batchBytes >= IMPORT_BATCH_BYTES) await flush();
          }
          await flush();
        }
        await w.finishImport(TRANSFER_TABLES);
        // Read the target back before commit: the same canonical content, and an intact audit chain.
        const tables = await digestTables((spec) => w.read(spec), () => Promise.resolve());
        for (const [n, t] of tables.entries()) {
          const want = manifest.tables[n];
          if (want?.rows !== t.rows || want.sha256 !== t.sha256) {
            throw new OpenImrError('storage-error', `after import, ${t.name} differs from the export (${t.rows} rows read back, ${want?.rows ?? 0} exported)`, { field: t.name, reason: 'import-verify-failed' });
          }
        }
        const chain = await w.store.workflow.verifyAudit();
        if (!chain.ok) throw new OpenImrError('conflict', `after import, the audit chain is broken at event ${chain.brokenAt}`, { reason: 'audit-chain-broken' });
        return { rows, tables, auditEvents: chain.count };
      }),
    );
    return { rows, tables, contentSha256: contentHash(tables), auditEvents, ms: performance.now() - started };
  } finally {
    await ep.close();
  }
}
