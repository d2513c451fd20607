// Helpers for the self-assessment tests: a stored history in the app's envelope
// (schema 2, see crates/scales/src/storage.rs) and small page actions.

export const KEY = 'als-explorer.alsfrs-r';
export const ACCESS_KEY = 'als-explorer.alsfrs-r.access';

/** One stored assessment with every item `v` (item 5 as 5a). */
export function record(id, date, v, extra = {}) {
  const items = {};
  for (const k of ['1', '2', '3', '4', '5a', '6', '7', '8', '9', '10', '11', '12']) items[k] = v;
  return { id, date, filled_by: 'self', gastrostomy: false, items, notes: '', modified: 1000, ...extra };
}

/** The stored envelope for these assessments. */
export function envelope(assessments, onset = null) {
  return JSON.stringify({
    format: 'als-explorer/alsfrs-r',
    schema: 2,
    person: { onset, modified: onset ? 1 : 0 },
    assessments,
    tombstones: [],
  });
}

/** A script for `addInitScript` that stores `text` under `key` once (first load only). */
export function seed(key, text) {
  return `if (!sessionStorage.getItem('seeded:${key}')) { localStorage.setItem(${JSON.stringify(key)}, ${JSON.stringify(text)}); sessionStorage.setItem('seeded:${key}', '1'); }`;
}

/** A monthly history: `count` assessments from 2023-01-05 falling one point a month. */
export function monthly(count, start = 46) {
  const list = [];
  for (let i = 0; i < count; i += 1) {
    const month = String((i % 12) + 1).padStart(2, '0');
    const year = 2023 + Math.floor(i / 12);
    const r = record(`m${i}`, `${year}-${month}-05`, 4, { modified: 100 + i, notes: i === 0 ? 'first visit' : '' });
    // Lower the score of item 1..n step by step: total = 48 - (48 - start) - i.
    let drop = 48 - start + i;
    for (const k of ['1', '4', '7', '10', '2', '5a', '8', '11', '3', '6', '9', '12']) {
      while (drop > 0 && r.items[k] > 1) { r.items[k] -= 1; drop -= 1; }
    }
    list.push(r);
  }
  return list;
}

/** The stored history, parsed. */
export async function stored(page) {
  const text = await page.evaluate((k) => localStorage.getItem(k), KEY);
  return text ? JSON.parse(text) : null;
}
