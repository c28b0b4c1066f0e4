console.log("start");
setTimeout(() => console.log("timeout 0"), 0);
setTimeout(() => console.log("timeout 1"), 1);
Promise.resolve().then(() => console.log("micro 1")).then(() => console.log("micro 2"));
queueMicrotask(() => console.log("queued"));
async function f() { console.log("f start"); await null; console.log("f after await"); return 42; }
f().then(v => console.log("f result", v));
const v = await new Promise(r => setTimeout(() => r("slept"), 10));
console.log(v);
async function thrower() { await 1; throw new Error("bad"); }
try { await thrower(); } catch (e) { console.log("caught", e.message); }
const results = await Promise.all([1, Promise.resolve(2), new Promise(r => setTimeout(r, 5, 3))]);
console.log(results);
const settled = await Promise.allSettled([Promise.reject(new Error("x")), 1]);
console.log(settled.length, settled[0].status, settled[1].value);
console.log(await Promise.race([new Promise(r => setTimeout(r, 50, "slow")), new Promise(r => setTimeout(r, 5, "fast"))]));
let n = 0; const id = setInterval(() => { n++; if (n === 3) { clearInterval(id); console.log("interval done", n); } }, 10);
await new Promise(r => setTimeout(r, 100));
Promise.resolve(1).finally(() => console.log("finally")).then(x => console.log("after finally", x));
const order = [];
async function a() { order.push("a1"); await undefined; order.push("a2"); }
a(); Promise.resolve().then(() => order.push("p1")).then(() => order.push("p2"));
await null; await null; await null;
console.log(order.join(","));
