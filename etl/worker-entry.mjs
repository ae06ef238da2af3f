// Entry of an ETL worker thread: registers the TypeScript loader in this thread, then runs the worker module.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
