/*
 * The drawing primitives of the LKjIP PDF (pdfkit, built-in Helvetica): page geometry, colours,
 * text the standard fonts can show, section headings, and tables that repeat their header on each
 * new page.
 */

import type { LkjipColumnLabel } from './lkjip-format.js';

export type Doc = PDFKit.PDFDocument;

export const MARGIN = 40;
export const FOOTER = 48;
export const COLORS = {
  text: '#1a1a1a',
  muted: '#555555',
  rule: '#b0b0b0',
  header: '#dce6f1',
  perspective: '#e8eef6',
  objective: '#f4f4f4',
  bar: '#3f6fb5',
  reference: '#c0392b',
  green: '#2e9e4f',
  yellow: '#e0b000',
  red: '#c0392b',
  none: '#aaaaaa',
} as const;

/** WinAnsi (the standard fonts' encoding) extras beyond Latin-1. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REPLACEMENTS: Record<string, string> = { '≤': '<=', '≥': '>=', '≠': '!=', '×': 'x', '−': '-', '\u00ad': '' };

/** Text the built-in Helvetica can show: known look-alikes replaced, anything outside WinAnsi as '?'. */
export function pdfSafe(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) as number;
    if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch];
    else if (ch === '\n' || ch === '\t') out += ' ';
    else if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch)) out += ch;
    else out += '?';
  }
  return out;
}

/** A horizontal rule in the rule colour from `x1` to `x2` at `y`. */
export function hRule(doc: Doc, x1: number, x2: number, y: number, width = 0.4): void {
  doc.moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(COLORS.rule).stroke();
}

export const contentWidth = (doc: Doc) => doc.page.width - MARGIN * 2;
const bottom = (doc: Doc) => doc.page.height - FOOTER;

export function ensureSpace(doc: Doc, height: number): boolean {
  if (doc.y + height <= bottom(doc)) return false;
  doc.addPage();
  return true;
}

export function heading(doc: Doc, label: { id: string; en: string }): void {
  ensureSpace(doc, 60);
  doc
    .font('Helvetica-Bold')
    .fontSize(14)
    .fillColor(COLORS.text)
    .text(pdfSafe(label.id), MARGIN, doc.y, { width: contentWidth(doc) });
  doc
    .font('Helvetica-Oblique')
    .fontSize(9)
    .fillColor(COLORS.muted)
    .text(pdfSafe(label.en), MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.6);
  doc.fillColor(COLORS.text);
}

export interface Column {
  id: string;
  en: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface Cell {
  text: string;
  bold?: boolean;
  color?: string;
  /** Draws a traffic-light dot before the text. */
  dot?: string;
}

const PAD = 3;
const FONT_SIZE = 8;

function cellHeight(doc: Doc, c: Cell, width: number): number {
  doc.font(c.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(FONT_SIZE);
  return doc.heightOfString(pdfSafe(c.text) || ' ', { width: width - PAD * 2 - (c.dot ? 9 : 0) });
}

/** The columns a row's cells are laid in: one cell spans the whole table. */
function layout(columns: readonly Column[], cells: readonly Cell[]): readonly Column[] {
  if (cells.length !== 1) return columns;
  return [{ id: '', en: '', width: columns.reduce((s, c) => s + c.width, 0) }];
}

function rowHeight(doc: Doc, columns: readonly Column[], cells: readonly Cell[]): number {
  const cols = layout(columns, cells);
  return Math.max(...cells.map((c, i) => cellHeight(doc, c, (cols[i] as Column).width))) + PAD * 2;
}

function drawRow(doc: Doc, allColumns: readonly Column[], cells: readonly Cell[], fill?: string): void {
  const columns = layout(allColumns, cells);
  const height = rowHeight(doc, allColumns, cells);
  const y = doc.y;
  let x = MARGIN;
  const total = columns.reduce((s, c) => s + c.width, 0);
  if (fill) doc.rect(MARGIN, y, total, height).fill(fill);
  cells.forEach((c, i) => {
    const col = columns[i] as Column;
    let tx = x + PAD;
    if (c.dot) {
      doc.circle(tx + 3, y + PAD + 4, 3).fill(c.dot);
      tx += 9;
    }
    doc
      .font(c.bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(FONT_SIZE)
      .fillColor(c.color ?? COLORS.text);
    doc.text(pdfSafe(c.text), tx, y + PAD, { width: col.width - PAD * 2 - (c.dot ? 9 : 0), align: col.align ?? 'left' });
    x += col.width;
  });
  hRule(doc, MARGIN, MARGIN + total, y + height);
  doc.fillColor(COLORS.text);
  doc.x = MARGIN;
  doc.y = y + height;
}

function drawHeader(doc: Doc, columns: readonly Column[]): void {
  const idH = Math.max(...columns.map((c) => cellHeight(doc, { text: c.id, bold: true }, c.width)));
  doc.font('Helvetica-Oblique').fontSize(6.5);
  const enH = Math.max(...columns.map((c) => doc.heightOfString(pdfSafe(c.en), { width: c.width - PAD * 2 })));
  const y = doc.y;
  const total = columns.reduce((s, c) => s + c.width, 0);
  doc.rect(MARGIN, y, total, idH + enH + PAD * 3).fill(COLORS.header);
  let x = MARGIN;
  for (const c of columns) {
    doc
      .font('Helvetica-Bold')
      .fontSize(FONT_SIZE)
      .fillColor(COLORS.text)
      .text(pdfSafe(c.id), x + PAD, y + PAD, { width: c.width - PAD * 2, align: c.align ?? 'left' });
    doc
      .font('Helvetica-Oblique')
      .fontSize(6.5)
      .fillColor(COLORS.muted)
      .text(pdfSafe(c.en), x + PAD, y + PAD * 2 + idH, { width: c.width - PAD * 2, align: c.align ?? 'left' });
    x += c.width;
  }
  doc.fillColor(COLORS.text);
  doc.x = MARGIN;
  doc.y = y + idH + enH + PAD * 3;
}

/** A row of a table: its cells and the background they are drawn on. */
export interface TableRow {
  cells: Cell[];
  fill?: string | undefined;
}

/** Columns from their headers and, in the same order, `[width, align?]`. */
export function withLayout(labels: readonly LkjipColumnLabel[], layouts: ReadonlyArray<readonly [width: number, align?: Column['align']]>): Column[] {
  return labels.map((l, i) => {
    const [width, align] = layouts[i] as readonly [number, Column['align']?];
    return align === undefined ? { id: l.id, en: l.en, width } : { id: l.id, en: l.en, width, align };
  });
}

/** A table that repeats its header on each new page. */
export function drawTable(doc: Doc, columns: readonly Column[], rows: readonly TableRow[]): void {
  drawHeader(doc, columns);
  for (const r of rows) {
    if (ensureSpace(doc, rowHeight(doc, columns, r.cells))) drawHeader(doc, columns);
    drawRow(doc, columns, r.cells, r.fill);
  }
  doc.moveDown(0.8);
}

/** A table under a bold title, or the `missing` line in its place when there is no table. */
export function titledTable(doc: Doc, title: string, missing: string, table: { columns: readonly Column[]; rows: readonly TableRow[] } | null): void {
  ensureSpace(doc, 80);
  doc.font('Helvetica-Bold').fontSize(11).fillColor(COLORS.text).text(title, MARGIN, doc.y);
  doc.moveDown(0.3);
  if (table) drawTable(doc, table.columns, table.rows);
  else {
    doc.font('Helvetica').fontSize(9).text(missing);
    doc.moveDown(0.8);
  }
}
