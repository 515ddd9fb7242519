// The worker thread of startSiteHistory: reads the content's git history once and posts it.
import { enableCompileCache } from 'node:module';
import { workerData } from 'node:worker_threads';

// A worker compiles everything it imports anew; the on-disk cache cuts its start-up.
enableCompileCache?.();
const { serveSiteHistory } = await import('./site-history.ts');
serveSiteHistory(workerData);
