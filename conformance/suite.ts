// What a conformance suite is, and what the runner hands to each one.

import { GoEnv, compilerPath } from "./goenv.js";
import type { KnownEntry } from "./known.js";

export type Status = "pass" | "fail" | "skip";

export interface TestResult {
  /** "<suite>/<path>", the key of known-failures.json. */
  name: string;
  status: Status;
  /** One line: why it failed or was skipped. */
  reason?: string;
  /** More lines for the failure report (diffs). */
  detail?: string[];
  /** For a failure: the entry --update-known adds for it (default: an unexplained bug). */
  known?: KnownEntry;
}

export interface SuiteOutput {
  results: TestResult[];
  /** Informational lines printed under the suite's counts. */
  notes: string[];
}

export interface RunOptions {
  /** Recompute every oracle entry (--update-oracle). */
  updateOracle: boolean;
  /** src-parse: ask gc about every file instead of only the ones go/parser flags (--oracle-full). */
  oracleFull: boolean;
  /** Only tests whose name contains this (--filter). */
  filter: string | null;
  verbose: boolean;
  /** How many test programs to run at once (--jobs); null: one per CPU. */
  jobs: number | null;
}

export class RunContext {
  private compile: string | null = null;

  constructor(readonly env: GoEnv, readonly opts: RunOptions, readonly repoRoot: string) {}

  get goAvailable(): boolean { return this.env.goBin !== null; }

  /** The compile tool; only called when Go is available. */
  compiler(): string {
    this.compile ??= compilerPath(this.env);
    return this.compile;
  }

  selected(name: string): boolean {
    return this.opts.filter === null || name.includes(this.opts.filter);
  }

  /** Progress and oracle messages go to stderr, so stdout stays the report. */
  log(msg: string): void {
    process.stderr.write(msg + "\n");
  }

  /** A progress callback that logs every 10% or so. */
  progress(what: string): (done: number, total: number) => void {
    let last = -1;
    return (done, total) => {
      const step = Math.floor((done * 10) / total);
      if (step !== last || done === total) {
        last = step;
        process.stderr.write(`  ${what}: ${done}/${total}\n`);
      }
    };
  }
}

export interface Suite {
  name: string;
  description: string;
  /** Not part of the default run: only with --suite NAME (or --types for the type-checking suites). */
  optIn?: boolean;
  run(ctx: RunContext): Promise<SuiteOutput>;
}
