/**
 * Discord's own limits on message bodies, checked on top of the OpenAPI schema (which is looser in
 * places: it allows 4000-character content for channel messages, for instance, and does not know
 * about per-row component rules or the 6000-character embed total).
 */
import type { BodyIssue } from './schema.js';

type Obj = Record<string, unknown>;
type Path = Array<string | number>;

/** IS_COMPONENTS_V2 message flag. */
export const IS_COMPONENTS_V2 = 1 << 15;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const len = (v: unknown): number => (typeof v === 'string' ? [...v].length : 0);

function maxLen(issues: BodyIssue[], path: Path, value: unknown, max: number): void {
  if (typeof value === 'string' && len(value) > max) {
    issues.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  }
}

function maxItems(issues: BodyIssue[], path: Path, value: unknown, max: number): void {
  if (Array.isArray(value) && value.length > max) {
    issues.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  }
}

/** Limits on the message part of a body (channel message, webhook message, callback `data`). */
export function checkMessageLimits(body: unknown, at: Path = []): BodyIssue[] {
  const issues: BodyIssue[] = [];
  if (!isObj(body)) return issues;
  maxLen(issues, [...at, 'content'], body['content'], 2000);

  const embeds = body['embeds'];
  maxItems(issues, [...at, 'embeds'], embeds, 10);
  if (Array.isArray(embeds)) {
    let total = 0;
    embeds.forEach((e, i) => {
      if (!isObj(e)) return;
      const p: Path = [...at, 'embeds', i];
      maxLen(issues, [...p, 'title'], e['title'], 256);
      maxLen(issues, [...p, 'description'], e['description'], 4096);
      total += len(e['title']) + len(e['description']);
      const footer = e['footer'];
      if (isObj(footer)) {
        maxLen(issues, [...p, 'footer', 'text'], footer['text'], 2048);
        total += len(footer['text']);
      }
      const author = e['author'];
      if (isObj(author)) {
        maxLen(issues, [...p, 'author', 'name'], author['name'], 256);
        total += len(author['name']);
      }
      const fields = e['fields'];
      maxItems(issues, [...p, 'fields'], fields, 25);
      if (Array.isArray(fields)) {
        fields.forEach((f, j) => {
          if (!isObj(f)) return;
          maxLen(issues, [...p, 'fields', j, 'name'], f['name'], 256);
          maxLen(issues, [...p, 'fields', j, 'value'], f['value'], 1024);
          if (typeof f['name'] === 'string' && f['name'].trim() === '') {
            issues.push({ path: [...p, 'fields', j, 'name'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
          }
          if (typeof f['value'] === 'string' && f['value'].trim() === '') {
            issues.push({ path: [...p, 'fields', j, 'value'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
          }
          total += len(f['name']) + len(f['value']);
        });
      }
    });
    if (total > 6000) {
      issues.push({ path: [...at, 'embeds'], code: 'MAX_EMBED_SIZE_EXCEEDED', message: 'Embed size exceeds maximum size of 6000' });
    }
  }

  const flags = typeof body['flags'] === 'number' ? body['flags'] : 0;
  const components = body['components'];
  if (Array.isArray(components) && (flags & IS_COMPONENTS_V2) === 0) {
    maxItems(issues, [...at, 'components'], components, 5);
    const customIds = new Set<string>();
    components.forEach((row, i) => {
      const rp: Path = [...at, 'components', i];
      if (!isObj(row) || row['type'] !== 1) {
        issues.push({ path: [...rp, 'type'], code: 'COMPONENT_TYPE_INVALID', message: 'Top-level components must be action rows (type 1) unless IS_COMPONENTS_V2 is set.' });
        return;
      }
      const children = Array.isArray(row['components']) ? (row['components'] as unknown[]) : [];
      if (children.length === 0) {
        issues.push({ path: [...rp, 'components'], code: 'BASE_TYPE_MIN_LENGTH', message: 'Must be 1 or more in length.' });
      }
      maxItems(issues, [...rp, 'components'], children, 5);
      const hasSelect = children.some((c) => isObj(c) && [3, 5, 6, 7, 8].includes(c['type'] as number));
      if (hasSelect && children.length > 1) {
        issues.push({ path: [...rp, 'components'], code: 'COMPONENT_LAYOUT_WIDTH_EXCEEDED', message: 'The specified component exceeds the maximum width' });
      }
      children.forEach((c, j) => {
        if (!isObj(c)) return;
        const cp: Path = [...rp, 'components', j];
        const customId = c['custom_id'];
        if (c['type'] === 2) {
          maxLen(issues, [...cp, 'label'], c['label'], 80);
          const style = c['style'];
          if (style === 5) {
            if (typeof c['url'] !== 'string') issues.push({ path: [...cp, 'url'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
            if (customId !== undefined) issues.push({ path: [...cp, 'custom_id'], code: 'COMPONENT_CUSTOM_ID_NOT_ALLOWED', message: 'Link buttons cannot have a custom_id' });
          } else if (style !== 6 && typeof customId !== 'string') {
            issues.push({ path: [...cp, 'custom_id'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
          }
          if (c['label'] === undefined && c['emoji'] === undefined && style !== 6) {
            issues.push({ path: [...cp, 'label'], code: 'BUTTON_COMPONENT_LABEL_OR_EMOJI_REQUIRED', message: 'A button must have a label or an emoji' });
          }
        }
        if (typeof customId === 'string') {
          maxLen(issues, [...cp, 'custom_id'], customId, 100);
          if (customIds.has(customId)) {
            issues.push({ path: [...cp, 'custom_id'], code: 'COMPONENT_CUSTOM_ID_DUPLICATED', message: 'Component custom id cannot be duplicated' });
          }
          customIds.add(customId);
        }
        if (c['type'] === 3) maxItems(issues, [...cp, 'options'], c['options'], 25);
      });
    });
  }
  if ((flags & IS_COMPONENTS_V2) !== 0) {
    if (typeof body['content'] === 'string' && body['content'] !== '') {
      issues.push({ path: [...at, 'content'], code: 'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2', message: 'The \'content\' field cannot be used when using MessageFlags.IS_COMPONENTS_V2' });
    }
    if (Array.isArray(embeds) && embeds.length > 0) {
      issues.push({ path: [...at, 'embeds'], code: 'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2', message: 'The \'embeds\' field cannot be used when using MessageFlags.IS_COMPONENTS_V2' });
    }
  }
  return issues;
}

/** Whether a new message body would be empty (Discord answers 50006 "Cannot send an empty message"). */
export function isEmptyMessage(body: unknown, fileCount: number): boolean {
  if (fileCount > 0) return false;
  if (!isObj(body)) return true;
  const nonEmpty = (v: unknown) => Array.isArray(v) && v.length > 0;
  if (typeof body['content'] === 'string' && body['content'].trim() !== '') return false;
  return !(nonEmpty(body['embeds']) || nonEmpty(body['components']) || nonEmpty(body['sticker_ids']) || isObj(body['poll']) || nonEmpty(body['attachments']));
}

/** Limits on an APPLICATION_COMMAND_AUTOCOMPLETE_RESULT (type 8) callback body. */
export function checkAutocompleteLimits(body: unknown): BodyIssue[] {
  const issues: BodyIssue[] = [];
  const data = isObj(body) ? body['data'] : undefined;
  if (!isObj(data)) return issues;
  const choices = data['choices'];
  maxItems(issues, ['data', 'choices'], choices, 25);
  if (Array.isArray(choices)) {
    choices.forEach((c, i) => {
      if (!isObj(c)) return;
      maxLen(issues, ['data', 'choices', i, 'name'], c['name'], 100);
      if (typeof c['name'] === 'string' && len(c['name']) === 0) {
        issues.push({ path: ['data', 'choices', i, 'name'], code: 'BASE_TYPE_MIN_LENGTH', message: 'Must be 1 or more in length.' });
      }
      maxLen(issues, ['data', 'choices', i, 'value'], c['value'], 100);
    });
  }
  return issues;
}

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Rules for application command registration (PUT .../commands) beyond the schema. */
export function checkCommandLimits(body: unknown): BodyIssue[] {
  const issues: BodyIssue[] = [];
  if (!Array.isArray(body)) return issues;
  maxItems(issues, [], body, 100);
  const seen = new Set<string>();
  body.forEach((cmd, i) => {
    if (!isObj(cmd)) return;
    const type = (cmd['type'] as number | undefined) ?? 1;
    const name = cmd['name'];
    if (typeof name === 'string') {
      const key = `${type}:${name}`;
      if (seen.has(key)) issues.push({ path: [i, 'name'], code: 'APPLICATION_COMMANDS_DUPLICATE_NAME', message: `Application command names must be unique` });
      seen.add(key);
      if (type === 1 && (!COMMAND_NAME.test(name) || name !== name.toLowerCase())) {
        issues.push({ path: [i, 'name'], code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' });
      }
    }
    if (type === 1) {
      const d = cmd['description'];
      if (typeof d !== 'string' || len(d) < 1 || len(d) > 100) {
        issues.push({ path: [i, 'description'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
      }
    }
    checkOptions(issues, [i, 'options'], cmd['options']);
  });
  return issues;
}

function checkOptions(issues: BodyIssue[], path: Path, options: unknown): void {
  if (!Array.isArray(options)) return;
  maxItems(issues, path, options, 25);
  let sawOptional = false;
  const names = new Set<string>();
  options.forEach((o, i) => {
    if (!isObj(o)) return;
    const p: Path = [...path, i];
    const name = o['name'];
    if (typeof name === 'string') {
      if (names.has(name)) issues.push({ path: [...p, 'name'], code: 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', message: 'Option names must be unique' });
      names.add(name);
      if (!COMMAND_NAME.test(name) || name !== name.toLowerCase()) {
        issues.push({ path: [...p, 'name'], code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Option name is invalid' });
      }
    }
    const d = o['description'];
    if (typeof d !== 'string' || len(d) < 1 || len(d) > 100) {
      issues.push({ path: [...p, 'description'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
    }
    const type = o['type'];
    if (type === 1 || type === 2) {
      checkOptions(issues, [...p, 'options'], o['options']);
      return;
    }
    if (o['required'] === true && sawOptional) {
      issues.push({ path: [...p, 'required'], code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', message: 'Required options must be placed before non-required options' });
    }
    if (o['required'] !== true) sawOptional = true;
    maxItems(issues, [...p, 'choices'], o['choices'], 25);
    if (o['autocomplete'] === true && Array.isArray(o['choices']) && o['choices'].length > 0) {
      issues.push({ path: [...p, 'autocomplete'], code: 'APPLICATION_COMMAND_AUTOCOMPLETE_CHOICES', message: 'Autocomplete cannot be enabled on options with choices' });
    }
  });
}
