// Flag parsers shared by the commands.
import { InvalidArgumentError, Option } from 'commander';

export const dbOption = (): Option =>
  new Option('--db <path-or-url>', 'SQLite file or postgres:// URL (default: DATABASE_URL, else the embedded file)');

export function wholeNumber(name: string, min = 0, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}`);
    }
    return n;
  };
}

export function oneOf<T extends string>(name: string, values: readonly T[]) {
  return (value: string): T => {
    const found = values.find((v) => v.toLowerCase() === value.toLowerCase());
    if (found === undefined) throw new InvalidArgumentError(`${name} must be one of: ${values.join(', ')}`);
    return found;
  };
}
