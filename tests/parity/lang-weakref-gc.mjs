let user = { name: 'John' };
const ref = new WeakRef(user);
console.log(ref.deref());
user = null;
await new Promise((resolve) => setTimeout(resolve, 0));
gc();
console.log(ref.deref());
console.log(ref);
