/** Once per test run: empty tests/.tmp, so the last run's sites stay there to inspect but do not pile up. */
import { rmSync } from "node:fs";
import { join } from "node:path";

export default function setup(): void {
  rmSync(join(import.meta.dirname, "../.tmp"), { recursive: true, force: true });
}
