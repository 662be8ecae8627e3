/** A command's one-line failure: the message on stderr, then exit 1. Never a stack trace. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
