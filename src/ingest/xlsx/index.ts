// Reading published disclosure tables from XLSX workbooks (see docs/ingest-xlsx.md).
export { documentFromWorkbook, loadWorkbook, MAX_XLSX_BYTES, readXlsxDocument } from './read-xlsx.ts';
export { amountOfNumber, amountOfText, formatDecimals, roundDecimal } from './cell-value.ts';
export { leafSlots, type Slot } from './read-table.ts';
