import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';

/** What a command gets: its arguments after the command name, the database, a logger and where to print. */
export interface CommandContext {
  args: string[];
  orm: MikroORM;
  logger: Logger;
  out: (line: string) => void;
}

/** A subcommand of the command line. */
export interface Command {
  /** One line for the help text, Vietnamese then English. */
  summary: string;
  usage: string;
  /** The command migrates or seeds the database itself, so the database is opened as it is, not prepared first. */
  preparesDatabase?: boolean;
  /** Returns the exit code. */
  run(context: CommandContext): Promise<number>;
}

/** A mistake in how a command was called; printed with its usage, exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly messageVi: string,
    readonly messageEn: string,
  ) {
    super(`${messageVi} / ${messageEn}`);
  }
}
