// Where the repository and its default database live, so every entry point resolves the same paths wherever it is run from.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_DB = join(REPO_ROOT, 'data', 'factboard.duckdb');
export const DEFAULT_INPUT = join(REPO_ROOT, 'seeds');
