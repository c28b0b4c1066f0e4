// Promise.any rejects with an AggregateError; the global AggregateError exists.
console.log(typeof AggregateError);
const e = new AggregateError([new Error('x'), 1], 'msg');
console.log(e.name, e.message, e.errors.length, e instanceof Error);
try { await Promise.any([Promise.reject(new Error('p')), Promise.reject(new Error('q'))]); }
catch (err) { console.log(err.constructor.name, err instanceof AggregateError, err.errors.map((x) => x.message), err.message); }
