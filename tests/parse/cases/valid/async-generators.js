async function* declared(a) { const x = yield a; await x; yield await x; return x; }
async function* delegating(a) { const r = yield* a; yield* [r]; yield *
  a; return yield* declared(r); }
const expression = async function* named() { yield; yield
  1; };
const object = { async *method() {}, async *[Symbol.asyncIterator]() { yield this; } };
class C { async *m() {} static async *s() {} async *#p() {} }
async function loops(list) {
  for await (const x of list) {}
  for await (let [a, b] of list) {}
  for await (x of list) {}
  for await (object.x of list) {}
  label: for await (var v of list) { if (v) break label; continue; }
}
