// A memo for one document's analysis: values by key, computed on first use, and dropped when a check of the
// document no longer used them (so the memo never outgrows the document).

export class SweptCache<V> {
  private values = new Map<string, V>();
  private used = new Set<string>();
  /** How many values were computed (not found) since the last sweep. */
  computed = 0;

  get(key: string, compute: () => V): V {
    this.used.add(key);
    let value = this.values.get(key);
    if (value === undefined) {
      this.computed++;
      value = compute();
      this.values.set(key, value);
    }
    return value;
  }

  /** Whether a value is kept for `key` (without counting it as used). */
  has(key: string): boolean {
    return this.values.has(key);
  }

  /** Drops what was not used since the last sweep. */
  sweep(): void {
    for (const key of this.values.keys()) if (!this.used.has(key)) this.values.delete(key);
    this.used = new Set();
    this.computed = 0;
  }

  clear(): void {
    this.values.clear();
    this.used.clear();
  }

  get size(): number {
    return this.values.size;
  }
}
