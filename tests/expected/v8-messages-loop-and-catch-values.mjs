// V8 names the value of a for-of binding and a catch parameter by its own temporaries
// (".for", ".catch") when destructuring them fails (Node 20's wording).
const t = (f) => { try { f(); } catch (e) { console.log(e.constructor.name + ": " + e.message); } };
t(() => { for (const { x } of [null]) {} });
t(() => { try { throw null; } catch ({ x }) {} });
t(() => { for (const [a] of [null]) {} });
