import pino from 'pino';

export type Logger = pino.Logger;

/** Every log line of the server goes through here: JSON lines on stdout, one per event. */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime });
}

/**
 * Output meant for a person or a script rather than a log: the `JOINTLY_LISTENING <port>` line
 * (test helpers and the bench parse it) and the demo sign-in links. Printed as plain text, unchanged.
 */
export function printForHumans(line: string): void {
  process.stdout.write(line + '\n');
}
