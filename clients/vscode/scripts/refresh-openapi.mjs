// Refreshes the committed OpenAPI snapshot (openapi/v1.json) from a running Judge service:
//   npm run openapi:refresh [-- http://localhost:5000]
// The build generates src/generated/api.ts from the snapshot, so compiling never needs a server; the
// "OpenAPI snapshot" test fails when the snapshot and the service's document differ.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const server = process.argv[2] ?? 'http://localhost:5000';
const response = await fetch(new URL('/openapi/v1.json', server));
if (!response.ok) {
    console.error(`GET ${response.url} answered ${response.status}.`);
    process.exit(1);
}
const document = await response.json();
// `servers` names the address the document was fetched from, which differs between services.
delete document.servers;
const target = fileURLToPath(new URL('../openapi/v1.json', import.meta.url));
await writeFile(target, JSON.stringify(document, null, 2) + '\n');
console.log(`Wrote ${target} from ${response.url}.`);
