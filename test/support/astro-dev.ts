import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { root, sampleContent, sampleToday, siteEnvironment } from './site-build.ts';

/** A running `astro dev` and the address it printed. */
export interface DevServer {
  server: ChildProcess;
  url: string;
  /** Everything the server has printed so far. */
  output: () => string;
}

/** Starts `astro dev` on a content folder (the sample by default) and resolves once it prints its address. */
export function startDevServer(options: { content?: string; env?: Record<string, string> } = {}): Promise<DevServer> {
  const server = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(4400 + (process.pid % 500))],
    {
      cwd: root,
      env: {
        ...outsideTheTestRunner(siteEnvironment({ contentDir: options.content ?? sampleContent, today: sampleToday })),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...options.env,
      },
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start within 60 s:\n${output}`)), 60_000);
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const url = /http:\/\/localhost:\d+\//.exec(output)?.[0];
      if (url) {
        clearTimeout(timer);
        resolve({ server, url, output: () => output });
      }
    });
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    server.on('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${output}`)));
  });
}

/** An environment without the test runner's marks: under VITEST, Astro's dev server routes no page. */
function outsideTheTestRunner(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(name)));
}
