// The request queue of an async generator: next(), throw() and return() called before
// earlier ones settle wait their turn, and each promise settles in order. A finished
// generator answers at once; return(v) on it awaits v first.
async function* steps() {
  try {
    console.log("  body starts");
    const first = yield 1;
    console.log("  received", first);
    yield Promise.resolve(2);  // awaited before it is handed out
    yield 3;
  } catch (e) {
    console.log("  caught", e);
    yield "recovered";
  } finally {
    console.log("  finally runs");
    await null;
    console.log("  finally after await");
  }
}

function report(label, promise) {
  promise.then(
    (r) => console.log(label, r),
    (e) => console.log(label, "rejected:", e),
  );
}

const it = steps();
report("a", it.next("ignored"));
report("b", it.next("hello"));
report("c", it.throw("oops"));
report("d", it.return("stop"));
report("e", it.next());
report("f", it.throw("after the end"));
report("g", it.return(Promise.resolve("awaited return")));
console.log("all queued");

// return() and throw() before the first next(): the body never runs.
const early = steps();
report("early return", early.return("never started"));
report("early next", early.next());
const thrown = steps();
report("early throw", thrown.throw("never started either"));

// A return whose value rejects, and one the body overrides in its finally.
async function* overriding() {
  try {
    yield "once";
  } finally {
    return "from finally";
  }
}
const o = overriding();
await o.next();
console.log(await o.return("asked"));
const r = steps();
await r.next();
console.log(await r.return(Promise.reject("rejected value")).catch((e) => "caught " + e));
console.log(await r.next());

// A rejection inside the body rejects that request only.
async function* failing() {
  yield "fine";
  await Promise.reject(new Error("inside"));
}
const f = failing();
report("fail 1", f.next());
report("fail 2", f.next().catch((e) => e.message));
report("fail 3", f.next());
