// The formats `attributor check --format` writes, over the same checked drafts.
import type { CheckedDraft, FormatContext } from './checkedDraft';
import { githubFormat } from './githubFormat';
import { jsonFormat } from './jsonFormat';
import { junitFormat } from './junitFormat';
import { rdjsonlFormat } from './rdjsonlFormat';
import { sarifFormat } from './sarifFormat';
import { textFormat } from './textFormat';

export const CHECK_FORMATS = ['text', 'json', 'sarif', 'rdjsonl', 'github', 'junit'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
export type { CheckedDraft, FormatContext } from './checkedDraft';

export function formatCheck(format: CheckFormat, drafts: readonly CheckedDraft[], context: FormatContext): string {
  switch (format) {
    case 'json':
      return jsonFormat(drafts);
    case 'sarif':
      return sarifFormat(drafts, context);
    case 'rdjsonl':
      return rdjsonlFormat(drafts, context);
    case 'github':
      return githubFormat(drafts);
    case 'junit':
      return junitFormat(drafts);
    default:
      return textFormat(drafts);
  }
}
