// Another process on a shared SQLite file (sqlite.int.test.ts runs several at once for the workflow
// contract). Usage: node --import tsx workflow-writer.ts <db path> <who> '<RemoteOp as JSON>'; prints the
// result as JSON.
import { openSqliteStore } from '../index.ts';
import { runOp, type RemoteOp } from './cases.ts';

const [path, who, opJson] = process.argv.slice(2);
if (path === undefined || who === undefined || opJson === undefined) throw new Error('usage: workflow-writer <db> <who> <op json>');
const store = await openSqliteStore(path);
try {
  const result = await runOp(store.workflow, JSON.parse(opJson) as RemoteOp, who);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await store.close();
}
