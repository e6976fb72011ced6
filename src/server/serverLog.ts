// The server's log: the client's output channel (window/logMessage), never a modal.
import type { Connection } from 'vscode-languageserver';
import type { ServiceLogger } from '../service/workspace';

export function connectionLogger(connection: Connection): ServiceLogger {
  return {
    info: (message) => connection.console.info(message),
    warn: (message) => connection.console.warn(message),
    error: (message, error) => {
      const detail = error instanceof Error ? error.stack ?? error.message : error === undefined ? '' : String(error);
      connection.console.error(detail ? `${message}: ${detail}` : message);
    },
  };
}
