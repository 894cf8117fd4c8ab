/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  reporters: ["default", "<rootDir>/tests/support/plain-summary-reporter.js"],
  roots: ["<rootDir>/tests"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      // Transpile only (isolatedModules): `npm run lint` type-checks; tests stay fast.
      {
        tsconfig: {
          jsx: "react-jsx",
          module: "commonjs",
          isolatedModules: true,
          esModuleInterop: true,
          resolveJsonModule: true,
        },
      },
    ],
  },
  moduleNameMapper: {
    // office-addin-mock pulls office-addin-manifest, whose ESM-only dependencies break jest on Node 20.
    "^office-addin-manifest$": "<rootDir>/tests/stubs/office-addin-manifest.js",
    // ExcelJS under jsdom (the Team panel's copies) would resolve uuid's browser ESM build.
    "^uuid$": "<rootDir>/node_modules/uuid/dist/index.js",
  },
  // `npm test` runs with --coverage and so enforces the core's coverage (lines, branches ≥ 95 %).
  collectCoverageFrom: ["src/core/**/*.ts"],
  coverageThreshold: { "./src/core/": { lines: 95, branches: 95, statements: 95 } },
  coverageReporters: ["text-summary", "json-summary"],
  testTimeout: 120000,
};
