// A worker thread of readDocuments: takes batches from the shared counter until none is left.
import { enableCompileCache } from 'node:module';
import { workerData, type MessagePort } from 'node:worker_threads';
import type { DocumentFile } from './read-document.ts';

// A worker compiles everything it imports anew; the on-disk cache cuts its start-up by more than half.
enableCompileCache?.();
const [{ readDocument }, { batchSize, finished, idle, next, pack, running }] = await Promise.all([
  import('./read-document.ts'),
  import('./read-parallel.ts'),
]);

const { contentDir, files, shared, slot, port, hash } = workerData as {
  hash: boolean;
  contentDir: string;
  files: DocumentFile[];
  shared: Int32Array;
  slot: number;
  port: MessagePort;
};

// The main thread may have read everything before this worker started.
if (Atomics.compareExchange(shared, slot, idle, running) === idle) {
  try {
    for (
      let batch = Atomics.add(shared, next, 1);
      batch * batchSize < files.length;
      batch = Atomics.add(shared, next, 1)
    ) {
      const reads = files
        .slice(batch * batchSize, (batch + 1) * batchSize)
        .map((file) => readDocument(contentDir, file, undefined, { hash }));
      port.postMessage(pack(batch, reads));
    }
  } catch (error) {
    const e = error as Error;
    port.postMessage({ batch: -1, reads: [], data: '[]', error: { message: e.message, stack: e.stack } });
  } finally {
    Atomics.store(shared, slot, finished);
    Atomics.notify(shared, slot);
    port.close();
  }
} else {
  port.close();
}
