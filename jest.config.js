/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, tsconfig: { jsx: "react-jsx", module: "commonjs" } }],
  },
  moduleNameMapper: {
    // office-addin-mock pulls office-addin-manifest, whose ESM-only dependencies break jest on Node 20.
    "^office-addin-manifest$": "<rootDir>/tests/stubs/office-addin-manifest.js",
  },
  collectCoverageFrom: ["src/core/**/*.ts"],
  coverageThreshold: { "./src/core/": { lines: 95, branches: 95, statements: 95 } },
  coverageReporters: ["text-summary", "json-summary"],
  testTimeout: 120000,
};
