// Two references to one object: it stays while either exists.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
let user = { name: 'John' };
let admin = user;
const ref = new WeakRef(user);
user = null;
await collect();
console.log('after user = null:', ref.deref()?.name);
console.log('admin still sees', admin.name);
admin = null;
await collect();
console.log('after admin = null:', ref.deref());
console.log(user, admin, typeof ref.deref);
