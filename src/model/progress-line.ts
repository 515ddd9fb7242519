// A progress line for long work on a terminal: one line on stderr, written over as the work
// goes on, and nothing at all in CI or when stderr is not a terminal (a log file, a pipe).

export interface Progress {
  /** Says how far the work is: "Reading 4,210 / 10,000 files…". */
  update(done: number, total: number): void;
  /** Clears the line, so what is printed next starts on a clean one. */
  end(): void;
}

const silent: Progress = { update: () => {}, end: () => {} };

/** A progress line for `what` ("Reading", "files"), or one that prints nothing where it should not. */
export function progressLine(
  verb: string,
  noun: string,
  stream: { isTTY?: boolean; write(text: string): unknown } = process.stderr,
  env: Record<string, string | undefined> = process.env,
): Progress {
  if (!stream.isTTY || env.CI) return silent;
  let shown = false;
  let last = 0;
  return {
    update(done, total) {
      const now = Date.now();
      // A terminal redrawn more than ten times a second costs more than it tells.
      if (now - last < 100 && done < total) return;
      last = now;
      shown = true;
      stream.write(`\r\u001b[K${verb} ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} ${noun}…`);
    },
    end() {
      if (shown) stream.write('\r\u001b[K');
      shown = false;
    },
  };
}
