export * from './lkjip-model.js';
export { renderLkjipXlsx, LKJIP_SHEETS, LKJIP_KPI_COLUMNS } from './lkjip-xlsx.js';
export { renderLkjipPdf } from './lkjip-pdf.js';
export { pdfSafe } from './lkjip-pdf-layout.js';
export { renderLkjipHtml, escapeHtml } from './lkjip-html.js';
