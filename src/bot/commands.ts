/**
 * The command loader: every module in `commands/` (top level of the repo, or of
 * `dist/` in a compiled build) default-exports a {@link Command}. The bot routes
 * interactions to them and the deploy script registers their `data`.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command } from './command.js';

/** `commands/` beside `src/`: the same relative place from `src/bot/` and from `dist/src/bot/`. */
export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

/** A command module that cannot be used; the message names the file and what is wrong. */
export class CommandLoadError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cannot load the commands:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CommandLoadError';
  }
}

const NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;

/** Is a file a command module? `.ts` (under tsx) or `.js` (compiled), not declarations, tests or `_private`. */
function isModule(name: string): boolean {
  return /\.(?:ts|js|mjs)$/.test(name) && !/\.d\.[cm]?ts$/.test(name) && !/\.(?:test|spec)\.[cm]?[jt]s$/.test(name) && !/^[._]/.test(name);
}

/** Checks that a default export is a usable command; returns what is wrong, or nothing. */
export function commandProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return ['has no default export of a command object'];
  const c = value as Partial<Record<keyof Command, unknown>>;
  const problems: string[] = [];
  const data = c.data as { name?: unknown; description?: unknown } | undefined;
  if (typeof data !== 'object' || data === null) problems.push('has no `data` (the command definition)');
  else {
    if (typeof data.name !== 'string' || !NAME.test(data.name)) problems.push('`data.name` must be 1 to 32 lowercase letters, digits, - or _');
    if (typeof data.description !== 'string' || data.description.length < 1 || data.description.length > 100) problems.push('`data.description` must be 1 to 100 characters');
  }
  if (typeof c.execute !== 'function') problems.push('has no `execute` function');
  if (c.autocomplete !== undefined && typeof c.autocomplete !== 'function') problems.push('`autocomplete` must be a function');
  if (c.button !== undefined && typeof c.button !== 'function') problems.push('`button` must be a function');
  return problems;
}

/**
 * Imports every command module in `dir` and returns them by command name.
 * Throws {@link CommandLoadError} listing every unusable module and duplicate name.
 */
export async function loadCommands(dir: string = COMMANDS_DIR): Promise<Map<string, Command>> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && isModule(e.name)).map((e) => e.name);
  } catch (err) {
    throw new CommandLoadError([`${dir}: cannot read the commands folder (${(err as NodeJS.ErrnoException).code ?? String(err)})`]);
  }
  // A folder holding both ask.ts and ask.js (a build beside its sources): take the one
  // of the kind this loader runs as (.ts under tsx, .js when compiled).
  const own = path.extname(fileURLToPath(import.meta.url));
  const byStem = new Map<string, string>();
  for (const name of names.sort()) {
    const stem = name.replace(/\.[^.]+$/, '');
    if (!byStem.has(stem) || path.extname(name) === own) byStem.set(stem, name);
  }
  const commands = new Map<string, Command>();
  const problems: string[] = [];
  for (const name of [...byStem.values()].sort()) {
    const file = path.join(dir, name);
    let mod: { default?: unknown };
    try {
      mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
    } catch (err) {
      problems.push(`${file}: cannot be imported: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    const wrong = commandProblems(mod.default);
    if (wrong.length > 0) {
      problems.push(...wrong.map((w) => `${file}: ${w}`));
      continue;
    }
    const command = mod.default as Command;
    if (commands.has(command.data.name)) {
      problems.push(`${file}: a command named "${command.data.name}" is already defined by another module`);
      continue;
    }
    commands.set(command.data.name, command);
  }
  if (problems.length > 0) throw new CommandLoadError(problems);
  if (commands.size === 0) throw new CommandLoadError([`${dir}: no command modules found`]);
  return commands;
}
