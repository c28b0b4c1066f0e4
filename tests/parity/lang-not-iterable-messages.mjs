const t = (f) => { try { f(); } catch (e) { console.log(e.message); } };
const obj = { a: 1 };
t(() => { for (const x of obj) ; });
t(() => { for (const x of {}) ; });
t(() => [...obj]);
t(() => { const [a] = obj; });
t(() => { for (const x of 5) ; });
t(() => new Map(obj));
t(() => Array.from(5));
