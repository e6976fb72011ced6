// The engine's version as the bundler stamps it (a digest of src/core): a persisted index is keyed by it, so an index
// written by another engine is never read.
declare const ATTRIBUTOR_ENGINE: string | undefined;

/** The engine's version, or undefined when running unbundled (from the TypeScript sources), where none is known: no index is persisted then. */
export function engineVersion(): string | undefined {
  return typeof ATTRIBUTOR_ENGINE === 'string' ? ATTRIBUTOR_ENGINE : undefined;
}
