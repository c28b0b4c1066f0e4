// async methods, arrows and class methods keep this across awaits; async generators are not used.
class Store {
  #items = [];
  constructor(name) { this.name = name; }
  async add(x) { await null; this.#items.push(x); return this.#items.length; }
  async all() { await Promise.resolve(); return [...this.#items]; }
  static async create(n) { const s = new Store(n); await s.add('first'); return s; }
}
const s = await Store.create('store');
console.log(s.name, await s.add('second'), await s.all());
const obj = {
  label: 'obj',
  async method() { const inner = async () => { await null; return this.label; }; return await inner(); },
};
console.log(await obj.method());
const fns = [async () => 1, async function named() { return 2; }, async (x = 3) => x];
console.log(await Promise.all(fns.map((f) => f())));
console.log(fns[1].name, typeof fns[2]().then);
const order = [];
async function seq(n) { for (let i = 0; i < n; i++) { await null; order.push(i); } return order.length; }
console.log(await seq(3), order);
let counter = 0;
await Promise.all([1, 2, 3].map(async (x) => { await null; counter += x; }));
console.log(counter);
