// Stable ids from content, so running the ETL twice on the same input gives the same database.
import { hash } from 'node:crypto';

// crypto.hash is the one-shot form: same digest as createHash, without an object per id
export const contentId = (...parts: (string | number)[]) => hash('sha256', parts.join('\u0000'), 'hex').slice(0, 16);
