// An island of interlinked objects is collected once nothing outside reaches it.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
function marry(man, woman) {
  woman.husband = man;
  man.wife = woman;
  return { father: man, mother: woman };
}
let family = marry({ name: 'John' }, { name: 'Ann' });
const refs = {
  family: new WeakRef(family),
  father: new WeakRef(family.father),
  mother: new WeakRef(family.mother),
};
const state = () => Object.keys(refs).map((k) => `${k}:${refs[k].deref() ? 'alive' : 'gone'}`).join(' ');
await collect();
console.log('all referenced:', state());
delete family.father;
await collect();
console.log('John still linked from Ann:', state());
delete family.mother.husband;
await collect();
console.log('after cutting Ann -> John:', state());
family = null;
await collect();
console.log('island:', state());
console.log(typeof family, Object.keys(refs).length);
