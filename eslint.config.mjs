import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";
import * as espree from "espree";

// The layers of src, top to bottom (README "Source layout"): a layer imports only those below it.
// The front ends share what they have in common through ui/ (the panels) and services/, never
// through each other.
const FRONT_ENDS = ["taskpane", "app", "commands", "cli"];
const importOf = (folders, message) => ({
  regex: `(^|/)(${folders.join("|")})(/|$)`,
  caseSensitive: true,
  message,
});
const layerRule = (files, forbidden, message) => ({
  files,
  rules: { "no-restricted-imports": ["error", { patterns: [importOf(forbidden, message)] }] },
});
const layerRules = [
  ...FRONT_ENDS.map((front) =>
    layerRule(
      [`src/${front}/**`],
      FRONT_ENDS.filter((other) => other !== front),
      "A front end imports no other front end: move what they share to src/services (or src/ui for React panels)."
    )
  ),
  layerRule(
    ["src/ui/**"],
    FRONT_ENDS,
    "The panels lie below the front ends: pass what a front end knows in through props or the service."
  ),
  layerRule(
    ["src/services/**"],
    [...FRONT_ENDS, "ui"],
    "The service layer lies below the panels and the front ends and imports neither."
  ),
  layerRule(
    ["src/core/**", "src/workbook/**", "src/adapters/**", "src/catalogues/**"],
    [...FRONT_ENDS, "ui", "services"],
    "Core, workbook, adapters and catalogues lie below the service layer and the front ends."
  ),
];

export default [
  {
    ignores: [
      "node_modules/",
      "dist/",
      "build/",
      "coverage/",
      "demo/",
      "test-artifacts/",
      "**/*.json",
    ],
  },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      globals: {
        ...globals.browser,
        ...globals.node,
        ...globals.jest,
        Office: "readonly",
        Excel: "readonly",
        OfficeExtension: "readonly",
      },
    },
    rules: {
      // The new JSX transform needs no React in scope; TypeScript checks prop types.
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      // Parameter names in function types (callbacks in props) are documentation, not variables.
      "no-unused-vars": ["error", { args: "none" }],
      "no-undef": "off",
      // Office.js calls must never sync in a loop (DEVELOPERS.md); make the plugin's warning an error.
      "office-addins/no-context-sync-in-loop": "error",
    },
  },

  ...layerRules,

  {
    // Runs in Internet Explorer 11 and Edge Legacy webviews: ES5 only, a classic script.
    files: ["src/static/legacy-host.js"],
    languageOptions: { ecmaVersion: 5, sourceType: "script", parser: espree },
    rules: {
      // ES5 has no optional catch binding: `catch (ignored)` must stay.
      "no-unused-vars": ["error", { args: "none", caughtErrors: "none" }],
      "@typescript-eslint/no-unused-vars": ["error", { args: "none", caughtErrors: "none" }],
    },
  },

  {
    // These rules model Office.js proxy objects (load, then sync, then read). ExcelJS and plain
    // data have no proxies, so the rules only misfire there.
    files: [
      "src/adapters/xlsx/**",
      "src/workbook/**",
      "src/cli/**",
      "src/core/**",
      "tests/**",
      "scripts/**",
    ],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/call-sync-after-load": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
];
