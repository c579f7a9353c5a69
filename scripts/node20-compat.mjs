// Vitest 5's reporter calls Map.groupBy, which Node gained in 21; on the Node 20 our machines have, a
// failing test would crash the reporter and hide which test failed. Loaded with `node --import` only.
function groupBy(items, keyOf, into) {
  let index = 0;
  for (const item of items) {
    const key = keyOf(item, index++);
    const group = into.get(key);
    if (group) group.push(item);
    else into.set(key, [item]);
  }
  return into;
}
if (typeof Map.groupBy !== 'function') {
  Map.groupBy = (items, keyOf) => groupBy(items, keyOf, new Map());
}
if (typeof Object.groupBy !== 'function') {
  Object.groupBy = (items, keyOf) => Object.fromEntries(groupBy(items, keyOf, new Map()));
}
