import type { AttributeValue } from "../types.js";

/** "capital=Dushanbe, population=9750000": attributes sorted by key, each as key=value, list values joined. */
export function attributePairs(attrs: Record<string, AttributeValue>, listSeparator: string, pairSeparator: string): string {
  return Object.keys(attrs)
    .sort()
    .map((k) => {
      const v = attrs[k]!;
      return `${k}=${Array.isArray(v) ? v.join(listSeparator) : String(v)}`;
    })
    .join(pairSeparator);
}
