// for await over what it accepts: async iterables, async generators, and sync
// iterables whose values (promises or not) are awaited one by one; in async
// functions and at the module's top level.
const sleep = (ms, value) => new Promise((resolve) => setTimeout(resolve, ms, value));

// An object whose [Symbol.asyncIterator] hands out a plain iterator with an async next().
const countdown = {
  from: 3,
  [Symbol.asyncIterator]() {
    let left = this.from;
    return {
      async next() {
        await sleep(5);
        return left > 0 ? { done: false, value: left-- } : { done: true };
      },
    };
  },
};
for await (const n of countdown) console.log("countdown", n);

// The same with an async generator method as the iterator factory.
const letters = {
  text: "abc",
  async *[Symbol.asyncIterator]() {
    for (const ch of this.text) {
      await sleep(1);
      yield ch.toUpperCase();
    }
  },
};
for await (const ch of letters) console.log("letter", ch);

// Sync iterables: arrays of promises and values, a Set, a string, a sync generator.
for await (const v of [sleep(10, "slow"), "plain", Promise.resolve("ready")]) console.log("array", v);
for await (const v of new Set([1, 2])) console.log("set", v);
for await (const ch of "hé") console.log("string", ch);
function* numbers() {
  yield 1;
  yield Promise.resolve(2);
}
for await (const v of numbers()) console.log("sync generator", v);

// Destructuring, `let` and assignment targets in the loop head.
for await (const [k, v] of new Map([["x", 1]])) console.log("entry", k, v);
let last;
for await (last of [1, 2, 3]);
console.log("last", last);
const target = {};
for await (target.value of ["member"]);
console.log(target);

// Paging through a source page by page, the way a paginated API is read.
const pages = { 1: { items: ["a", "b"], next: 2 }, 2: { items: ["c"], next: null } };
async function* readAll() {
  let page = 1;
  while (page) {
    const body = await sleep(2, pages[page]);
    for (const item of body.items) yield item;
    page = body.next;
  }
}
const seen = [];
for await (const item of readAll()) seen.push(item);
console.log("paged", seen);

// Inside a plain async function, with labels and continue.
async function sum(iterable) {
  let total = 0;
  outer: for await (const v of iterable) {
    if (v === 2) continue outer;
    total += v;
  }
  return total;
}
console.log("sum", await sum([1, 2, 3, Promise.resolve(4)]));
