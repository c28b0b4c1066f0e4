// Node 20's V8 words a call's spread of something without an iterator method in its
// own way (Node 18's said "Found non-callable @@iterator").
const t = (f) => { try { f(); } catch (e) { console.log(e.constructor.name + ": " + e.message); } };
const five = 5, o = {};
t(() => Math.max(...five));
t(() => Math.max(...o));
t(() => new Set(...five));
