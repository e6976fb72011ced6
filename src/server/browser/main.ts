// The Attributor language server in a web worker (vscode.dev and other browser hosts): the same server, its files
// all read through the client. Not shipped yet; built by the tests to keep the server free of Node.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../attributorServer';

// The worker's global scope (the project is type-checked without the DOM and web-worker libraries).
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

startServer(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)), {});
