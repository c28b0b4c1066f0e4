const removed = { a: 1, b: 2, c: 3 };
for (const k in removed) { if (k === 'a') delete removed.b; console.log('visit', k); }
