// Promise constructor details: first settle wins, executor throw, then/catch/finally pass values on.
const p1 = new Promise((res, rej) => { res('first'); res('second'); rej(new Error('ignored')); });
console.log(await p1);
const p2 = new Promise(() => { throw new SyntaxError('from executor'); });
await p2.catch((e) => console.log(e.name, e.message));
const p3 = new Promise((res) => { res('settled'); throw new Error('after resolve: ignored'); });
console.log(await p3);
const v = await Promise.resolve(5).finally(() => 'finally value ignored').then((x) => x * 2);
console.log(v);
const r = await Promise.reject(new Error('e')).finally(() => console.log('finally on rejection')).catch((e) => e.message);
console.log(r);
const f = await Promise.resolve(1).finally(() => { throw new Error('finally throws'); }).catch((e) => e.message);
console.log(f);
console.log(await Promise.resolve(1).then(null, null).then(undefined));
console.log(await Promise.reject(2).then((x) => x).catch((x) => 'recovered ' + x));
const chain = [];
await Promise.resolve().then(() => chain.push('a')).then(() => { chain.push('b'); return Promise.reject(new Error('c')); })
  .then(() => chain.push('skipped')).catch((e) => chain.push(e.message)).then(() => chain.push('d'));
console.log(chain);
console.log(typeof Promise.prototype.then, Promise.name, Promise.length);
