import { execFile, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Nu HTML Checker's jar, shipped by the vnu-jar package (its own Java download is never used). */
export const vnuJar = join(
  dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
  'build/dist/vnu.jar',
);

/** Whether `java` runs on this machine. */
export const javaAvailable = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

export const javaHint =
  'The HTML check needs Java 11 or later: install it with `sudo apt-get install -y default-jre-headless`.';

/** One message of the checker, with the file relative to the checked folder. */
export interface VnuMessage {
  file: string;
  line: number;
  column: number;
  type: string;
  message: string;
  extract?: string;
}

/**
 * Runs the checker once over every `.html` file under a folder (one Java start-up for the
 * whole site, not one per page) and returns its errors; warnings are left out.
 */
export function validateHtml(dir: string): Promise<VnuMessage[]> {
  const args = ['-jar', vnuJar, '--errors-only', '--format', 'json', '--exit-zero-always', '--skip-non-html', dir];
  return new Promise((resolve, reject) => {
    execFile('java', args, { maxBuffer: 256 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) return reject(new Error(`vnu failed: ${error.message}\n${stderr}`));
      try {
        const { messages } = JSON.parse(stderr) as { messages: RawMessage[] };
        resolve(
          messages.filter((m) => m.type === 'error' || m.type === 'non-document-error').map((m) => toMessage(dir, m)),
        );
      } catch (parseError) {
        reject(new Error(`vnu printed something other than JSON: ${stderr.slice(0, 500)}`, { cause: parseError }));
      }
    });
  });
}

/** `file:line:column: message`. */
export function formatVnuMessage(message: VnuMessage): string {
  return `${message.file}:${message.line}:${message.column}: ${message.message}`;
}

interface RawMessage {
  url?: string;
  lastLine?: number;
  firstLine?: number;
  firstColumn?: number;
  type: string;
  message: string;
  extract?: string;
}

function toMessage(dir: string, m: RawMessage): VnuMessage {
  let file = m.url ?? '';
  if (file.startsWith('file:')) file = relative(dir, fileURLToPath(file)).split(sep).join('/');
  return {
    file,
    line: m.firstLine ?? m.lastLine ?? 0,
    column: m.firstColumn ?? 0,
    type: m.type,
    message: m.message,
    extract: m.extract,
  };
}
