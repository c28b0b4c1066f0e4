// Several registries each get a cleanup task; the order between them is not fixed, so sort.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const lines = [];
const r1 = new FinalizationRegistry((h) => lines.push('r1 ' + h));
const r2 = new FinalizationRegistry((h) => lines.push('r2 ' + h));
const r3 = new FinalizationRegistry((h) => lines.push('r3 ' + h));
function register() {
  r1.register({}, 'x');
  r2.register({}, 'y');
  r2.register({}, 'z');
  r3.register({}, 'w');
}
register();
await collect();
for (let i = 0; i < 4; i++) await tick();
lines.sort();
console.log(lines);
console.log([r1, r2, r3].map((r) => typeof r));
