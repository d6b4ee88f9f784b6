import { exportFileName, toCsv, toJson } from '../../glossary/own/export';
import { importGlossary, type ImportResult } from '../../glossary/own/import';
import { MAX_FILE_BYTES } from '../../glossary/own/limits';
import type { ImportView } from '../../components/GlossaryImport';
import type { GlossaryMeta } from '../../lib/glossary-list';
import { t } from '../../lib/i18n';
import { fileProblemText, importSummary } from '../../lib/import-messages';
import { loadTerms } from '../../lib/own-glossaries';

/** A file read and checked, kept until the reader confirms or cancels. */
export interface PendingImport {
  file: string;
  text: string;
  bytes: number;
  result: ImportResult;
}

export async function readGlossaryFile(file: File, language?: string): Promise<PendingImport> {
  if (file.size > MAX_FILE_BYTES) {
    // Refused before reading a byte of it.
    return { file: file.name, text: '', bytes: file.size, result: importGlossary('', { bytes: file.size }) };
  }
  const text = await file.text();
  return {
    file: file.name,
    text,
    bytes: file.size,
    result: importGlossary(text, { fileName: file.name, bytes: file.size, language }),
  };
}

export function rereadWithLanguage(pending: PendingImport, language: string): PendingImport {
  return {
    ...pending,
    result: importGlossary(pending.text, { fileName: pending.file, bytes: pending.bytes, language }),
  };
}

export function viewOf(pending: PendingImport): ImportView {
  const { result, file } = pending;
  if (!result.ok) return { kind: 'refused', file, error: fileProblemText(result.error), languages: result.languages };
  return {
    kind: 'ready',
    file,
    name: result.name || t('import.myGlossary'),
    summary: importSummary(result.terms.length, result.errors.length),
    count: result.terms.length,
    errors: result.errors,
  };
}

let lastDownload: string | null = null;

function download(name: string, text: string, type: string): void {
  if (lastDownload) URL.revokeObjectURL(lastDownload);
  lastDownload = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = lastDownload;
  a.download = name;
  a.click();
}

export async function exportGlossary(glossary: GlossaryMeta, format: 'csv' | 'json'): Promise<void> {
  const terms = await loadTerms(glossary);
  if (format === 'csv') download(exportFileName(glossary.name, 'csv'), toCsv(terms), 'text/csv;charset=utf-8');
  else download(exportFileName(glossary.name, 'json'), toJson(glossary.name, terms), 'application/json');
}
