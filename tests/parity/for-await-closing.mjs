// A for await left early closes its iterator: break, return and continue to an
// outer label call return() and await what it gives; a loop that runs out does not.
const log = (...a) => console.log(...a);
function source(name, n) {
  let i = 0;
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next() {
      log(" ", name, "next", i);
      return Promise.resolve(i < n ? { value: i++, done: false } : { value: undefined, done: true });
    },
    return(v) {
      log(" ", name, "return called with", v);
      return Promise.resolve({ done: true });
    },
  };
}
for await (const v of source("exhausted", 2)) log("exhausted got", v);
for await (const v of source("broken", 5)) {
  log("broken got", v);
  if (v === 1) break;
}
async function find(n) {
  for await (const v of source("returning", 5)) if (v === n) return `found ${v}`;
  return "missing";
}
log(await find(2));
outer: for (const round of [1, 2]) {
  for await (const v of source(`inner ${round}`, 5)) {
    if (v === 1) continue outer;
  }
}

// An async generator is closed through its own return(): its finally blocks run.
async function* guarded() {
  try {
    yield "first";
    yield "second";
  } finally {
    log("  guarded cleans up");
    await null;
    log("  guarded cleaned up");
  }
}
for await (const v of guarded()) {
  log("guarded got", v);
  break;
}
log("after guarded");

// A sync iterator wrapped for for await: its return() is called too.
const syncSource = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next: () => ({ value: i++, done: false }),
      return: () => {
        log("  sync return called");
        return {};
      },
    };
  },
};
for await (const v of syncSource) if (v === 1) break;
// Without a return() there is nothing to close.
for await (const v of { [Symbol.iterator]: () => ({ next: () => ({ value: 1, done: false }) }) }) break;

// The order of a close against other work.
(async () => {
  for (let i = 0; i < 5; i++) {
    log("tick", i);
    await null;
  }
})();
for await (const v of source("timed", 3)) break;
log("closed timed");
