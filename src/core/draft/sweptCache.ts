// A memo for one document's analysis: values by key, computed on first use, and dropped when the document no longer
// needs them (so the memo never outgrows the document).

export class SweptCache<V> {
  private readonly values = new Map<string, V>();

  get(key: string, compute: () => V): V {
    let value = this.values.get(key);
    if (value === undefined) {
      value = compute();
      this.values.set(key, value);
    }
    return value;
  }

  /** Whether a value is kept for `key`. */
  has(key: string): boolean {
    return this.values.has(key);
  }

  /** Drops every value but those of `keys`. */
  keepOnly(keys: ReadonlySet<string>): void {
    for (const key of this.values.keys()) if (!keys.has(key)) this.values.delete(key);
  }

  clear(): void {
    this.values.clear();
  }

  get size(): number {
    return this.values.size;
  }
}
