// Stable ids from content, so running the ETL twice on the same input gives the same database.
import { createHash } from 'node:crypto';

export const contentId = (...parts: (string | number)[]) =>
	createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
