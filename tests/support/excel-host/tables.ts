/** Excel tables in the emulated host: add, rows.add and columns.add as Excel does them. */
import { parseWritten } from "./cells";
import { ExcelError, intersects, type Area, type Table, type WorkbookModel } from "./model";

export function tableArea(model: WorkbookModel, id: string): Area {
  const table = model.tables.find((t) => t.id === id);
  if (!table) throw new ExcelError("ItemNotFound", `table ${id} no longer exists`);
  return table.area;
}

function tableById(model: WorkbookModel, id: string): Table {
  const table = model.tables.find((t) => t.id === id);
  if (!table) throw new ExcelError("ItemNotFound", `table ${id} no longer exists`);
  return table;
}

function headerText(model: WorkbookModel, area: Area, c: number): string {
  const cell = model.cell(area.sheetId, area.row, area.col + c);
  return cell ? String(cell.value) : "";
}

/** Tables.add(range, hasHeaders): headers made unique and non-empty, at least one body row. */
export function addTable(model: WorkbookModel, area: Area, hasHeaders: boolean): Table {
  for (const t of model.tables)
    if (intersects(t.area, area))
      throw new ExcelError("InvalidArgument", "a table cannot overlap another table");
  model.sheetById(area.sheetId);
  const region = { ...area };
  if (!hasHeaders) {
    model.insertCellsDown(area.sheetId, area.row, area.col, area.cols, 1);
    region.rows += 1;
  }
  const seen = new Set<string>();
  for (let c = 0; c < region.cols; c++) {
    let text = hasHeaders ? headerText(model, region, c) : "";
    if (text === "") text = `Column${c + 1}`;
    let unique = text;
    for (let n = 2; seen.has(unique.toLowerCase()); n++) unique = `${text}${n}`;
    seen.add(unique.toLowerCase());
    const previous = model.cell(region.sheetId, region.row, region.col + c);
    model.setCell(region.sheetId, region.row, region.col + c, {
      ...previous,
      value: unique,
      formula: undefined,
    });
  }
  if (region.rows === 1) region.rows = 2;
  const table: Table = {
    id: model.newId("table"),
    name: `Table${model.tables.length + 1}`,
    area: region,
  };
  model.tables.push(table);
  return table;
}

function writeRow(model: WorkbookModel, area: Area, row: number, values: unknown[]): void {
  values.forEach((v, c) => {
    const previous = model.cell(area.sheetId, row, area.col + c);
    model.setCell(area.sheetId, row, area.col + c, parseWritten(v, previous));
  });
}

/** TableRowCollection.add(index, values): rows inserted (cells below shift down). */
export function tableRowsAdd(
  model: WorkbookModel,
  id: string,
  index: unknown,
  values: unknown
): { area: Area; changeType: string } {
  const table = tableById(model, id);
  const grid = (values ?? [[]]) as unknown[][];
  if (!Array.isArray(grid) || grid.some((r) => !Array.isArray(r) || r.length !== table.area.cols))
    throw new ExcelError(
      "InvalidArgument",
      "the number of columns in the input array doesn't match the table's columns"
    );
  const bodyRows = table.area.rows - 1;
  const at = index === null || index === undefined ? bodyRows : Number(index);
  if (at < 0 || at > bodyRows)
    throw new ExcelError("InvalidArgument", `row index ${String(index)}`);
  const first = table.area.row + 1 + at;
  model.insertCellsDown(table.area.sheetId, first, table.area.col, table.area.cols, grid.length);
  table.area.rows += grid.length;
  grid.forEach((row, r) => writeRow(model, table.area, first + r, row));
  return {
    area: { ...table.area, row: first, rows: grid.length },
    changeType: "RowInserted",
  };
}

/** TableColumnCollection.add(index, values, name): a column at the right end (or at index). */
export function tableColumnsAdd(
  model: WorkbookModel,
  id: string,
  index: unknown,
  values: unknown,
  name: unknown
): { area: Area; changeType: string } {
  const table = tableById(model, id);
  const area = table.area;
  if (index !== null && index !== undefined && Number(index) !== area.cols)
    throw new ExcelError("ApiNotFound", "the emulated host only appends table columns");
  const grid = values as unknown[][] | undefined;
  if (grid && (grid.length !== area.rows || grid.some((r) => !Array.isArray(r) || r.length !== 1)))
    throw new ExcelError(
      "InvalidArgument",
      "the number of rows in the input array doesn't match the table's rows"
    );
  const col = area.col + area.cols;
  let blocked = false;
  for (let r = area.row; r < area.row + area.rows; r++)
    if (!model.isEmpty(area.sheetId, r, col)) blocked = true;
  if (blocked) model.insertCellsRight(area.sheetId, col, area.row, area.rows);
  area.cols += 1;
  const column = { ...area, col, cols: 1 };
  for (let r = 0; r < area.rows; r++) {
    const value = grid ? grid[r][0] : r === 0 ? (name ?? `Column${area.cols}`) : "";
    const previous = model.cell(area.sheetId, area.row + r, col);
    model.setCell(area.sheetId, area.row + r, col, parseWritten(value, previous));
  }
  if (name !== undefined && name !== null)
    model.updateCell(area.sheetId, area.row, col, { value: String(name), quoted: false });
  return { area: column, changeType: "ColumnInserted" };
}
