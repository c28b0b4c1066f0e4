// What for await and async generators throw, in V8's words (frozen from Node 20).
const attempt = async (label, body) => {
  try {
    await body();
    console.log(label, "no error");
  } catch (e) {
    console.log(label, `${e.constructor.name}: ${e.message}`);
  }
};
const numberValue = 5;
await attempt("number", async () => { for await (const x of numberValue) {} });
await attempt("plain object", async () => { const o = {}; for await (const x of o) {} });
await attempt("result not an object", async () => {
  const bad = { [Symbol.asyncIterator]: () => ({ next: () => 1 }) };
  for await (const x of bad) {}
});
await attempt("iterator not an object", async () => {
  const bad = { [Symbol.asyncIterator]: () => 1 };
  for await (const x of bad) {}
});
await attempt("return result not an object", async () => {
  const bad = {
    [Symbol.asyncIterator]: () => ({ next: async () => ({ value: 1, done: false }), return: () => 2 }),
  };
  for await (const x of bad) break;
});
await attempt("rejected value", async () => { for await (const x of [Promise.reject(new RangeError("no"))]) {} });
async function* gen() { yield 1; }
await attempt("wrong receiver", () => gen.prototype.next.call({}));
await attempt("sync method on async generator", () => (function* () {}).prototype.next.call(gen()));
console.log(await gen().return(Promise.reject("rejected return")).catch((e) => `caught ${e}`));
try {
  structuredClone(gen());
} catch (e) {
  console.log(e.name, e.message);
}
