import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { readContentHistory, type ContentHistory } from './git-log.ts';
import { objectiveTimelines, type ObjectiveChange } from './objective-timeline.ts';

/** What the pages read from git: the content's history (without file texts), and each objective's changes. */
export interface SiteHistory {
  history: Omit<ContentHistory, 'files'>;
  timelines: Map<string, ObjectiveChange[]>;
}

/** Objective files: the only ones whose old versions the site reads. */
const isObjectiveFile = (key: string) => key.startsWith('okrs/') && key.endsWith('.md');

/**
 * The content folder's history from one `git log` and one `git cat-file` (never one per page or
 * per file), and each objective's timeline. `ids` maps the key of each published objective's
 * file to its id. The versions' texts are dropped once compared: no page reads them.
 */
export function readSiteHistory(contentDir: string, ids: ReadonlyMap<string, string>): SiteHistory {
  const { files, ...history } = readContentHistory(contentDir, isObjectiveFile);
  return { history, timelines: objectiveTimelines({ files, ...history }, (key) => ids.get(key)) };
}

const pending = 0,
  done = 1,
  failed = 2;
type Early = { contentDir: string; shared: Int32Array; port: MessagePort };
// Process-wide, as the integration and the pages hold separate copies of this module.
const earlyKey = Symbol.for('throughline.site-history');
const store = globalThis as typeof globalThis & { [earlyKey]?: Early };

/**
 * Starts reading the history on a worker thread while the build checks the content and bundles
 * the pages, so the first page that needs it waits less or not at all. Does nothing when the
 * worker cannot start (a bundler moved this module away from its worker): the pages then read
 * the history themselves.
 */
export function startSiteHistory(contentDir: string, ids: ReadonlyMap<string, string>): void {
  const shared = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  try {
    const worker = new Worker(new URL('./site-history-worker.ts', import.meta.url), {
      workerData: { contentDir, ids, shared, port: port2 },
      transferList: [port2],
    });
    worker.unref();
    worker.on('error', () => {
      Atomics.store(shared, 0, failed);
      Atomics.notify(shared, 0);
    });
    store[earlyKey] = { contentDir, shared, port: port1 };
  } catch {
    port1.close();
  }
}

/** The history started by `startSiteHistory` for this folder, waiting for it if need be; undefined when none was started or it failed. */
export function takeSiteHistory(contentDir: string): SiteHistory | undefined {
  const early = store[earlyKey];
  if (!early || early.contentDir !== contentDir) return undefined;
  store[earlyKey] = undefined;
  // Blocking is right here: the page cannot render without it, and the worker is already at work.
  Atomics.wait(early.shared, 0, pending, 120_000);
  const message = Atomics.load(early.shared, 0) === done ? receiveMessageOnPort(early.port) : undefined;
  early.port.close();
  return message?.message as SiteHistory | undefined;
}

/** The worker's side: reads, posts, then flags the outcome. */
export function serveSiteHistory(data: {
  contentDir: string;
  ids: Map<string, string>;
  shared: Int32Array;
  port: MessagePort;
}): void {
  let outcome = failed;
  try {
    data.port.postMessage(readSiteHistory(data.contentDir, data.ids));
    outcome = done;
  } finally {
    Atomics.store(data.shared, 0, outcome);
    Atomics.notify(data.shared, 0);
  }
}
