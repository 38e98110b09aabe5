// zod at the boundary: the first issue becomes an invalid-input error naming the field.
import type { z } from 'zod';
import { Application, OpenImrError } from '../core/index.ts';

export function parseWith<S extends z.ZodType>(schema: S, value: unknown, root: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = [root, ...(issue?.path ?? []).map(String)].filter((p) => p !== '').join('.');
  throw new OpenImrError('invalid-input', `${field}: ${issue?.message ?? 'invalid'}`, { field });
}

/** Validates an application as filed (defaults applied) or throws invalid-input naming the field. */
export function parseApplication(input: unknown): Application {
  return parseWith(Application, input, 'application');
}
