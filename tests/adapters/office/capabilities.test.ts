/**
 * Capabilities: detected from the requirement sets each emulated host reports, and one default
 * for every host without Office (everything supported), shared by the pane's HostInfo.
 */
import {
  detectCapabilities,
  OUTSIDE_OFFICE,
  type Capabilities,
} from "../../../src/adapters/office/capabilities";
import { officeReady } from "../../../src/adapters/office/host";
import { hostInfoOf } from "../../../src/ui/context";
import { ExcelHost } from "../../support/excel-host/host";
import { PROFILES } from "../../support/excel-host/profiles";

const EVERYTHING: Capabilities = {
  validationLists: true,
  pageLayout: true,
  mergedAreas: true,
  undoGroups: true,
};

test("outside Office everything is supported, wherever the default is asked for", async () => {
  expect(typeof Office).toBe("undefined");
  expect(detectCapabilities()).toEqual(EVERYTHING);
  expect(OUTSIDE_OFFICE).toEqual(EVERYTHING);
  expect((await officeReady()).capabilities).toEqual(EVERYTHING);
  expect(hostInfoOf(OUTSIDE_OFFICE)).toEqual({ validationLists: true });
});

test.each(PROFILES.map((p) => [p.name, p] as const))("%s", (_name, profile) => {
  new ExcelHost(profile);
  const capabilities = detectCapabilities();
  expect(capabilities).toEqual({
    validationLists: profile.apiMinor >= 8,
    pageLayout: profile.apiMinor >= 9,
    mergedAreas: profile.apiMinor >= 13,
    undoGroups: profile.apiMinor >= 20,
  });
  // The pane's HostInfo is derived from the same capabilities, never set on its own.
  expect(hostInfoOf(capabilities, { diagnostics: "line" })).toEqual({
    validationLists: profile.apiMinor >= 8,
    diagnostics: "line",
  });
  // An explicit "no requirements API" still means everything, even inside a host.
  expect(detectCapabilities(null)).toEqual(EVERYTHING);
});
