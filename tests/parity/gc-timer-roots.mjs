// A pending timer keeps its callback and arguments alive; a cleared one lets them go.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const handles = {};
function schedule() {
  const arg = { role: 'argument' };
  const captured = { role: 'captured' };
  const clearedArg = { role: 'cleared argument' };
  handles.kept = setTimeout((a) => console.log('timer ran with', a.role, captured.role), 30, arg);
  handles.cleared = setTimeout((a) => console.log('never', a), 40, clearedArg);
  return { arg: new WeakRef(arg), captured: new WeakRef(captured), cleared: new WeakRef(clearedArg) };
}
const refs = schedule();
const show = (label) => console.log(label, Object.entries(refs).map(([k, r]) => `${k}=${r.deref() ? 'alive' : 'gone'}`).join(' '));
clearTimeout(handles.cleared);
handles.cleared = null;
await collect();
show('pending:');
await new Promise((r) => setTimeout(r, 60));
handles.kept = null;
await collect();
show('after it ran:');
console.log(Object.keys(handles));
