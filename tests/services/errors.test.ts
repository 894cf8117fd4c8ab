/**
 * How an error is described to the user, the same in the task pane, the browser page and the
 * ribbon's Score now (src/services/errors.ts): the message, the hint that says what to do, and
 * the issues of bad input, each with its cell.
 */
import type { Issue } from "../../src/core/types";
import { describeError, hintText } from "../../src/services/errors";
import { ERROR_HINTS } from "../../src/services/messages";
import { AuditInputError } from "../../src/workbook/issues";

const officeError = (code: string, message: string) => Object.assign(new Error(message), { code });

test.each([
  [officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode."), "hintCellEdit"],
  [officeError("ItemNotFound", "The requested resource doesn't exist."), "hintNotFound"],
  [officeError("RequestPayloadSizeLimitExceeded", "Too large."), "hintPayload"],
  [new TypeError("Failed to fetch"), "hintNetwork"],
  ["something odd", "hintGeneric"],
])("%p → %s", (error, hint) => {
  expect(describeError(error).hint).toBe(hint);
});

test("an Office error shows its code once, after the message", () => {
  expect(describeError(officeError("GeneralException", "It failed.")).message).toBe(
    "It failed. (GeneralException)"
  );
  expect(describeError(officeError("ItemNotFound", "ItemNotFound: gone")).message).toBe(
    "ItemNotFound: gone"
  );
});

test("bad input is described by its issues, each naming its cell, and the fix-these hint", () => {
  const issue: Issue = {
    severity: "error",
    clauseId: "12",
    field: "c",
    cell: "'条目 Clauses'!G14",
    code: "invalidRating",
    params: {},
    message: "'条目 Clauses'!G14: not a rating",
  };
  expect(describeError(new AuditInputError([issue]))).toEqual({
    message: "",
    hint: "hintFixInputs",
    issues: [issue],
  });
});

test("the hint in the user's language comes from the service layer's table", () => {
  expect(hintText("hintCellEdit", "en")).toBe(ERROR_HINTS.hintCellEdit.en);
  expect(hintText("hintCellEdit", "zh")).toBe(ERROR_HINTS.hintCellEdit.zh);
  expect(hintText("hintCellEdit", "zh")).toContain("Enter");
});
