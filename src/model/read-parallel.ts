import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Finding } from './diagnostics.ts';
import { readDocument, toDocument, type DocumentFile, type DocumentRead } from './read-document.ts';
import { builtInKinds, type KindDescriptor } from './kinds/index.ts';
import type { SourceFile } from './source.ts';

/** Files per unit of work: small enough to balance threads, large enough to keep messages few. */
export const batchSize = 200;

export interface ReadOptions {
  /** Told how many files are read so far, every batch or so (a progress line). */
  onProgress?: (done: number, total: number) => void;
  /**
   * Threads that read, this one included (at most four).
   * @default 1
   */
  threads?: number;
  /** Hash each file's bytes as it is read (`DocumentRead.hash`). */
  hash?: boolean;
  /**
   * Below this many files a worker costs more to start than it saves.
   * @default 1500
   */
  minFilesForWorkers?: number;
  /**
   * The kinds files are read as. Workers know only the built-in ones (a schema cannot be
   * posted to a thread), so with any other list every file is read on this thread.
   * @default builtInKinds
   */
  kinds?: readonly KindDescriptor[];
}

/** Shared state: slot 0 is the next batch to take; slot 1 + w is worker w's state. */
export const next = 0;
export const idle = 0,
  running = 1,
  finished = 2,
  declined = 3;

/** One batch read by a worker: sources as text plus offsets (so slices are not copied twice), data as one JSON string. */
export interface PackedBatch {
  batch: number;
  reads: PackedRead[];
  /** JSON array of each read's validated data, null where there is none. */
  data: string;
  error?: { message: string; stack?: string };
}

interface PackedRead {
  key: string;
  displayPath: string;
  text: string;
  frontmatterStart: number;
  frontmatterEnd: number;
  frontmatterLine: number;
  bodyStart: number;
  bodyLine: number;
  findings: Finding[];
  kind?: string;
  invalidRefs: string[];
  hash?: string;
}

/**
 * Reads every file, in order. With more than one thread and enough files, worker threads
 * and this thread take batches from one shared counter, so a slow start or a busy core
 * only shifts work to the others. The call stays synchronous: this thread reads its share,
 * then waits for the workers and collects their batches. A worker that never starts takes
 * no batch, and its share is read here.
 */
export function readDocuments(
  contentDir: string,
  files: readonly DocumentFile[],
  options: ReadOptions = {},
): DocumentRead[] {
  const { threads = 1, minFilesForWorkers = 1500, kinds = builtInKinds, hash = false } = options;
  const workers =
    files.length < minFilesForWorkers || kinds !== builtInKinds ? 0 : Math.min(3, Math.max(0, Math.floor(threads) - 1));
  const { onProgress } = options;
  if (workers === 0)
    return files.map((file, i) => {
      if (onProgress && i % batchSize === 0) onProgress(i, files.length);
      return readDocument(contentDir, file, kinds, { hash });
    });

  const shared = new Int32Array(new SharedArrayBuffer(4 * (1 + workers)));
  const batches: DocumentRead[][] = [];
  const started = Array.from({ length: workers }, (_, w) => startWorker(contentDir, files, shared, 1 + w, hash)).filter(
    (s) => s !== undefined,
  );

  // Workers' batches are unpacked between this thread's own, so that work is shared out too.
  const collect = () => {
    for (const { port } of started) {
      for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
        const packed = message.message as PackedBatch;
        if (packed.error) throw Object.assign(new Error(packed.error.message), { stack: packed.error.stack });
        batches[packed.batch] = unpack(packed);
      }
    }
  };
  for (
    let batch = Atomics.add(shared, next, 1);
    batch * batchSize < files.length;
    batch = Atomics.add(shared, next, 1)
  ) {
    batches[batch] = files
      .slice(batch * batchSize, (batch + 1) * batchSize)
      .map((file) => readDocument(contentDir, file, kinds, { hash }));
    collect();
    onProgress?.(Math.min(files.length, Atomics.load(shared, next) * batchSize), files.length);
  }
  for (const { slot } of started) {
    if (Atomics.compareExchange(shared, slot, idle, declined) === idle) continue;
    // A worker takes one batch at a time, so at this point it has at most one left.
    const deadline = Date.now() + 60_000;
    while (Atomics.load(shared, slot) === running) {
      if (Date.now() > deadline) throw new Error(`A thread reading ${contentDir} stopped answering`);
      Atomics.wait(shared, slot, running, 1000);
    }
  }
  collect();
  for (const { worker, port } of started) {
    port.close();
    void worker.terminate();
  }
  // A lost batch would silently drop files from the check: that is a bug, never a content problem.
  for (let batch = 0; batch * batchSize < files.length; batch++) {
    if (!batches[batch])
      throw new Error(`Files ${batch * batchSize + 1} to ${(batch + 1) * batchSize} of ${contentDir} were not read`);
  }
  return batches.flat();
}

/**
 * Starts one reading worker. One that cannot start (a bundler moved this module away from
 * read-worker.ts, say) never takes a batch, and its share is read by the calling thread.
 */
function startWorker(
  contentDir: string,
  files: readonly DocumentFile[],
  shared: Int32Array,
  slot: number,
  hash: boolean,
): { worker: Worker; port: MessagePort; slot: number } | undefined {
  const { port1, port2 } = new MessageChannel();
  try {
    const worker = new Worker(new URL('./read-worker.ts', import.meta.url), {
      workerData: { contentDir, files, shared, slot, port: port2, hash },
      transferList: [port2],
    });
    worker.unref();
    worker.on('error', () => {});
    return { worker, port: port1, slot };
  } catch {
    port1.close();
    return undefined;
  }
}

/** A worker's reads, ready to post: strings travel once, validated data as JSON (much cheaper to parse than to clone). */
export function pack(batch: number, reads: readonly DocumentRead[]): PackedBatch {
  return {
    batch,
    reads: reads.map(({ source, findings, document, invalidRefs, hash }) => {
      const frontmatterStart = source.frontmatter ? source.text.indexOf(source.frontmatter) : 0;
      return {
        key: source.key,
        displayPath: source.displayPath,
        text: source.text,
        frontmatterStart,
        frontmatterEnd: frontmatterStart + source.frontmatter.length,
        frontmatterLine: source.frontmatterLine,
        bodyStart: source.text.length - source.body.length,
        bodyLine: source.bodyLine,
        findings,
        kind: document?.kind,
        invalidRefs,
        ...(hash ? { hash } : {}),
      };
    }),
    data: JSON.stringify(reads.map((read) => read.document?.data ?? null)),
  };
}

/** A posted batch back as reads: sources rebuilt from text and offsets, documents from the JSON data. */
export function unpack(packed: PackedBatch): DocumentRead[] {
  const data = JSON.parse(packed.data) as unknown[];
  return packed.reads.map((read, i) => {
    const { text } = read;
    const source: SourceFile = {
      key: read.key,
      displayPath: read.displayPath,
      text,
      frontmatter: text.slice(read.frontmatterStart, read.frontmatterEnd),
      frontmatterLine: read.frontmatterLine,
      body: text.slice(read.bodyStart),
      bodyLine: read.bodyLine,
    };
    const document = read.kind && data[i] ? toDocument(read.kind, source, data[i]) : undefined;
    return {
      source,
      findings: read.findings,
      document,
      invalidRefs: read.invalidRefs,
      ...(read.hash ? { hash: read.hash } : {}),
    };
  });
}
