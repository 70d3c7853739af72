// Copy the browser build of JSZip (MIT) from node_modules into src/vendor, so the add-in's
// static files need no CDN and no bundler. Run after changing the jszip version: npm run vendor.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const VENDORED = [["node_modules/jszip/dist/jszip.min.js", "src/vendor/jszip.min.js"]];

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [from, to] of VENDORED) {
    mkdirSync(dirname(join(root, to)), { recursive: true });
    copyFileSync(join(root, from), join(root, to));
    console.log(`${from} → ${to}`);
  }
}
