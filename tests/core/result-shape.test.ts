/** The result is plain data: clauses built on first read behave like an ordinary array property. */
import { score } from "../../src/core";
import { epmShape, uniformRows } from "../fixtures/catalogues";

const catalogue = epmShape();
const input = { catalogue, rows: uniformRows(catalogue, "合规", "良好", "优秀"), years: 4 };

test("JSON, structured clones, spreads and Object.keys all see `clauses` and nothing internal", () => {
  const result = score(input);
  expect(Object.keys(result)).toContain("clauses");
  expect(Object.keys(result).some((key) => key.startsWith("__"))).toBe(false);
  const json = JSON.parse(JSON.stringify(score(input)));
  expect(json.clauses).toHaveLength(211);
  expect(json.clauses[0]).toEqual(
    expect.objectContaining({ id: "1", ratio: 0.8, status: "rated" })
  );
  expect(structuredClone(score(input)).clauses).toHaveLength(211);
  expect({ ...score(input) }.clauses[210]).toEqual(
    expect.objectContaining({ id: "211", ratio: 0.9 })
  );
  expect(JSON.stringify(Object.keys(json))).not.toContain("Table");
});

test("clauses are built once and then kept; a consumer may replace them", () => {
  const result = score(input);
  const first = result.clauses;
  expect(result.clauses).toBe(first);
  result.clauses = [];
  expect(result.clauses).toEqual([]);
});

test("the §8 result fields are all present with their names", () => {
  const result = score(input);
  for (const key of [
    "stars",
    "provisional",
    "incomplete",
    "stage",
    "years",
    "score15",
    "max15",
    "score6",
    "cap6",
    "fPassShare",
    "allCompliant",
    "modules",
    "subItems",
    "clauses",
    "levels",
    "gap",
    "issues",
  ]) {
    expect(result).toHaveProperty(key);
  }
  expect(Object.keys(result.clauses[0])).toEqual(
    expect.arrayContaining(["id", "points", "ratio", "score", "status"])
  );
});
