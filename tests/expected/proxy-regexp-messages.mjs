// V8's messages where Node 20 words them differently from Node 18: a revoked proxy
// given to Object.prototype.toString, and a /u pattern's flags in a SyntaxError.
const r = Proxy.revocable({}, {});
r.revoke();
try {
  Object.prototype.toString.call(r.proxy);
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
for (const pattern of ["[b-a]", "\\k<x>", "\\p{letter}"]) {
  try {
    new RegExp(pattern, "u");
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
