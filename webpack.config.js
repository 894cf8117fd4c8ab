/**
 * Builds the add-in pages into dist/: taskpane.html, commands.html, app.html (browser mode) and
 * help.html, with the manifests (manifest.xml; the unified manifest.json and its localization
 * files) and assets/ copied. As in the Office add-in templates, the manifests' development URL
 * (https://localhost:3000/) is replaced in production builds by the deploy URL from the
 * environment: ADDIN_PROD_URL=https://addins.example.com/epm/ npm run build
 * The build also writes the app package for the unified manifest, epm-star-scorer-app.zip.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { retarget, appPackage, APP_PACKAGE } = require("./scripts/manifests.cjs");

const DEV_URL = "https://localhost:3000/";

/** The production URL, normalised to end in "/"; https only (Office refuses http). */
function prodUrl() {
  const raw = process.env.ADDIN_PROD_URL;
  if (!raw) return null;
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error(`ADDIN_PROD_URL must be https: ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Where the pages load Office.js from: Microsoft's CDN, or for tenants on a sovereign cloud (or
 * behind a proxy that mirrors it) the https address given at build time in OFFICE_JS_URL.
 */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
function officeJsUrl() {
  const raw = process.env.OFFICE_JS_URL;
  if (!raw) return OFFICE_JS_CDN;
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error(`OFFICE_JS_URL must be https: ${raw}`);
  return url.href;
}

let warnedNoProdUrl = false;
function manifestTransform(production) {
  return (content, absoluteFrom) => {
    const target = production ? prodUrl() : null;
    const name = path.basename(absoluteFrom);
    if (production && !target && !warnedNoProdUrl) {
      warnedNoProdUrl = true;
      console.warn(
        `\n[EPM Star Scorer] ADDIN_PROD_URL is not set: dist/manifest.xml and dist/manifest.json ` +
          `still point to ${DEV_URL}. Set it to the https address that serves dist/ before deploying.\n`
      );
    }
    return target ? retarget(content, name, target) : content;
  };
}

/**
 * The app package of the unified manifest (Teams / admin center "Integrated apps" upload):
 * manifest.json, its localization files and the two app icons, taken from the build's own output
 * so that the package carries the ADDIN_PROD_URL addresses.
 */
class AppPackagePlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("AppPackagePlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "AppPackagePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        async () => {
          let buffer;
          try {
            buffer = await appPackage((file) => compilation.getAsset(file)?.source.buffer());
          } catch (error) {
            compilation.errors.push(error);
            return;
          }
          compilation.emitAsset(APP_PACKAGE, new sources.RawSource(buffer));
        }
      );
    });
  }
}

async function httpsOptions() {
  // office-addin-dev-certs creates a localhost certificate and installs its CA in the trust store.
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    // Installing the CA needs admin rights (sudo on Linux); the certificate itself is usually
    // generated already. Serve with it, and say what is left to do.
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const fs = require("fs");
    const files = ["localhost.crt", "localhost.key", "ca.crt"].map((f) => path.join(dir, f));
    if (!files.every((f) => fs.existsSync(f))) throw error;
    console.warn(
      `\n[EPM Star Scorer] ${error.message}\nServing with the certificate in ${dir}, but its CA ` +
        `is not trusted yet: run "npx office-addin-dev-certs install" with admin rights, or ` +
        `trust ${files[2]} by hand, or Office will refuse to load the add-in.\n`
    );
    return {
      cert: fs.readFileSync(files[0]),
      key: fs.readFileSync(files[1]),
      ca: fs.readFileSync(files[2]),
    };
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(process.env.WEBPACK_SERVE);
  return {
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      app: "./src/app/index.tsx",
      unavailable: "./src/taskpane/unavailable.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is tsc's job (npm run lint); the bundle only needs the transpile.
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    optimization: {
      // Shared code (React, Fluent) in common chunks; exceljs only ever lands in the app's chunks.
      splitChunks: { chunks: "all" },
    },
    performance: {
      // The task pane's budget is checked on gzipped size by scripts/bundle-size.mjs.
      hints: false,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        officeJs: officeJsUrl(),
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        officeJs: officeJsUrl(),
      }),
      new HtmlWebpackPlugin({
        filename: "office-unavailable.html",
        template: "./src/taskpane/office-unavailable.html",
        chunks: ["unavailable"],
      }),
      new HtmlWebpackPlugin({
        filename: "app.html",
        template: "./src/app/app.html",
        chunks: ["app"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "[path][name][ext]" },
          { from: "src/static/help.html", to: "help.html" },
          // ES5, unbundled: it must run in webviews that cannot parse the bundles.
          { from: "src/static/legacy-host.js", to: "legacy-host.js" },
          { from: "src/static/office-wait.js", to: "office-wait.js" },
          { from: "manifest*.xml", to: "[name][ext]", transform: manifestTransform(production) },
          { from: "manifest*.json", to: "[name][ext]", transform: manifestTransform(production) },
        ],
      }),
      new AppPackagePlugin(),
    ],
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await httpsOptions() } : "https",
      static: false,
      hot: false,
    },
  };
};
