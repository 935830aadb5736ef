/** Tolerant CSV reading (staff spreadsheets, the data tree) and the canonical CSV writer. */
export { decodeBytes, type Encoding } from './decode.ts';
export { readTable, type CellProblem, type TableHeader, type TableResult, type TableRow } from './read.ts';
export { neutraliseFormula, writePublishedTable, writeTable } from './write.ts';
