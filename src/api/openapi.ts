// The OpenAPI 3.1 description, generated from the route table (path, method, roles, request and response
// schemas through zod 4's z.toJSONSchema), and a small self-contained reference page (no scripts, no CDN).
import { z } from 'zod';
import { API_PREFIX } from './register.ts';
import { Problem } from './schemas.ts';
import { problemCodes } from './problem.ts';
import type { Route } from './types.ts';

type Json = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): Json {
  try {
    const out = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
    delete out['$schema'];
    return out;
  } catch {
    return {};
  }
}

function queryParameters(schema: z.ZodType): Json[] {
  const json = schemaOf(schema, 'input');
  const props = (json['properties'] ?? {}) as Record<string, Json>;
  const required = new Set((json['required'] ?? []) as string[]);
  return Object.entries(props).map(([name, s]) => ({ name, in: 'query', required: required.has(name), schema: s }));
}

function problemRef(description: string): Json {
  return { description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
}

export function buildOpenApi(routes: readonly Route[]): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const r of routes) {
    const params = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    const op: Json = {
      operationId: `${r.method.toLowerCase()}${r.path.replace(/[{}]/g, '').replace(/\/(\w)/g, (_, c: string) => c.toUpperCase()).replace(/\W/g, '')}`,
      summary: r.summary,
      tags: [r.tag],
      'x-roles': r.access,
      parameters: [...params, ...(r.query === undefined ? [] : queryParameters(r.query))],
      responses: {
        [String(r.status ?? 200)]:
          'mediaTypes' in r.response
            ? { description: 'OK', content: Object.fromEntries(r.response.mediaTypes.map((t) => [t, {}])) }
            : { description: 'OK', content: { 'application/json': { schema: schemaOf(r.response, 'output') } } },
        '400': problemRef('Invalid input'),
        ...(r.access.includes('public') ? { '429': problemRef('Rate limited') } : { '401': problemRef('Sign-in required'), '403': problemRef('Role not allowed') }),
        ...(r.creates === true
          ? { '409': problemRef('A request with this Idempotency-Key is still running (Retry-After)'), '422': problemRef('Idempotency-Key reused with another request') }
          : {}),
      },
    };
    if (!r.access.includes('public')) op['security'] = [{ session: [] }, { bearer: [] }];
    if (r.body !== undefined) op['requestBody'] = { required: true, content: { 'application/json': { schema: schemaOf(r.body, 'input') } } };
    if (r.raw === true) op['requestBody'] = { required: true, content: { 'application/pdf': {}, 'text/plain': {} } };
    if (r.creates === true) {
      (op['parameters'] as Json[]).push({
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description: 'Runs the request once per user and key: a retry gets the first 2xx answer (for 24 hours), 409 while the first still runs, 422 with another request.',
        schema: { type: 'string', maxLength: 200 },
      });
    }
    (paths[API_PREFIX + r.path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'OpenIMR API',
      version: '1',
      description: "California workers' compensation Independent Medical Review: decision corpus, engine and case workflow. Errors are RFC 9457 problem details with a stable code.",
    },
    paths,
    components: {
      schemas: { Problem: schemaOf(Problem, 'output') },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'openimr_session', description: 'Unsafe methods also need the X-CSRF-Token header.' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
  };
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function docsPage(routes: readonly Route[]): string {
  const rows = routes
    .map(
      (r) =>
        `<tr><td><code>${r.method}</code></td><td><code>${escapeHtml(API_PREFIX + r.path)}</code></td><td>${escapeHtml(r.access.join(', '))}</td>` +
        `<td>${escapeHtml(r.summary)}${r.creates === true ? ' <em>(Idempotency-Key)</em>' : ''}</td></tr>`,
    )
    .join('\n');
  const problems = problemCodes()
    .map((p) => `<tr id="problem-${p.code}"><td><code>${p.code}</code></td><td>${p.status}</td><td>${escapeHtml(p.title)}</td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>OpenIMR API reference</title><link rel="stylesheet" href="/api/docs.css"></head>
<body><main>
<h1>OpenIMR API reference</h1>
<p>All routes are under <code>${API_PREFIX}</code>, JSON in and out. The machine-readable description is
<a href="${API_PREFIX}/openapi.json">openapi.json</a> (OpenAPI 3.1). Sign in with <code>POST ${API_PREFIX}/auth/login</code>
(a cookie session: send the returned <code>X-CSRF-Token</code> on POST/PUT/DELETE) or send <code>Authorization: Bearer &lt;token&gt;</code>.
Lists take <code>limit</code> and <code>cursor</code> and return <code>nextCursor</code>.</p>
<h2>Operations</h2>
<table><thead><tr><th>Method</th><th>Path</th><th>Roles</th><th>What</th></tr></thead><tbody>
${rows}
</tbody></table>
<h2>Problems</h2>
<p>Errors are <code>application/problem+json</code>: <code>{ type, title, status, detail, code }</code>.</p>
<table><thead><tr><th>code</th><th>status</th><th>title</th></tr></thead><tbody>
${problems}
</tbody></table>
</main></body></html>`;
}

export const DOCS_CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff}
main{max-width:72rem;margin:0 auto;padding:1rem 1.5rem}table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{border-bottom:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f2f2f2}
code{font:13px/1.4 ui-monospace,monospace}a{color:#0b5394}`;
