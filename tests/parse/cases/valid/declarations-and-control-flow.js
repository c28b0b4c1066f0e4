#!/usr/bin/env node
let user = { name: "John" };
const admin = user;
var count = 0, total;
user = null;
if (count > 0) count--; else if (count < 0) count++; else { count = 1; }
for (let i = 0; i < 3; i++) { if (i === 1) continue; total = i; }
for (const key in admin) console.log(key);
for (const [k, v] of Object.entries(admin)) console.log(k, v);
for (var j = 0, n = 2; j < n; j++);
for (;;) { break; }
let w = 0;
while (w < 3) w++;
do { w--; } while (w > 0)
outer: for (const a of [1, 2]) {
  inner: for (const b of [3, 4]) {
    if (b === 4) continue outer;
    if (a === 2) break inner;
  }
}
block: { break block; }
switch (w) {
  case 0: { let x = 1; break; }
  case 1:
  default: total = 2;
}
try { throw new Error("boom"); } catch (e) { console.log(e.message); } finally { total = 0; }
try { JSON.parse("{"); } catch { total = -1; }
try { } catch ({ message, ...others }) { } 
function hoisted() { return typeof later; var later = 1; }
{ function inBlock() {} }
debugger;
