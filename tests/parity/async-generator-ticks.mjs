// The number of microtask turns each await, yield and for await step takes is
// observable: several async generators, a sync iterable and plain promise chains
// log as they interleave, and the order must be V8's.
const log = (...a) => console.log(...a);
async function* counting(name, n) {
  for (let i = 0; i < n; i++) {
    log(name, "yields", i);
    yield i;
  }
  log(name, "ends");
}
async function* awaiting(name) {
  for (let i = 0; i < 2; i++) {
    log(name, "awaits", i);
    await null;
    log(name, "yields", i);
    yield `${name}${i}`;
  }
  return "returned";
}
async function drain(name, iterable) {
  for await (const v of iterable) log(name, "got", v);
  log(name, "done");
}
drain("A", counting("a", 3));
drain("B", awaiting("b"));
drain("S", [1, Promise.resolve(2), 3]);
(async () => {
  for (let i = 0; i < 10; i++) {
    log("tick", i);
    await null;
  }
})();
Promise.resolve()
  .then(() => log("then 1"))
  .then(() => log("then 2"))
  .then(() => log("then 3"));

const thenable = {
  then(resolve) {
    log("thenable.then called");
    resolve("T");
  },
};
async function* withThenables() {
  log("got", await thenable);
  yield thenable;
  return thenable;
}
(async () => {
  const it = withThenables();
  log("t1", await it.next());
  log("t2", await it.next());
  log("t3", await it.next());
})();
