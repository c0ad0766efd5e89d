// Identity numbers for JS objects that stand for Go pointers, channels and other reference
// values: map keys of composite types need a pointer's identity as text, and panic messages
// print a stable made-up address for a reference value.

const ids = new WeakMap<object, number>();
let next = 1;

/** A small number unique to the object for as long as it lives. */
export function objectId(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = next++;
    ids.set(o, id);
  }
  return id;
}

/** Gives `to` the id `id` (an object standing for the same Go value as another, see finalizer.ts). */
export function setObjectId(to: object, id: number): void {
  ids.set(to, id);
}

/**
 * A fake heap address for a reference value, in the range gc's heap addresses usually have
 * (0xc000...), so that printed values look like gc's. Stable for the object's lifetime.
 */
export function fakeAddress(o: object): number {
  return 0xc000010000 + 16 * objectId(o);
}
