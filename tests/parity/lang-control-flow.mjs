outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log('pair', i, j);
  }
}
function classify(x) {
  switch (x) {
    case 1: return 'one';
    case 2:
    case 3: return 'two or three';
    case 'a': { const r = 'letter'; return r; }
    default: return 'other';
  }
}
console.log(classify(1), classify(3), classify('a'), classify(null));
function fall(n) { const out = []; switch (n) { case 0: out.push(0); case 1: out.push(1); break; case 2: out.push(2); default: out.push('d'); } return out; }
console.log(fall(0), fall(1), fall(2), fall(9));
let k = 0;
do { k++; } while (k < 5);
console.log(k);
let w = 10;
while (true) { if (--w < 7) break; }
console.log(w);
block: { console.log('in block'); break block; }
const order = [];
function f() { try { order.push('try'); return 'ret'; } finally { order.push('finally'); } }
console.log(f(), order);
function g() { try { throw new Error('boom'); } catch (e) { return 'caught ' + e.message; } finally { console.log('g finally'); } }
console.log(g());
try { try { throw 1; } finally { console.log('inner finally'); } } catch (e) { console.log('outer caught', e); }
try { throw { custom: true }; } catch ({ custom }) { console.log('destructured', custom); }
try { JSON_NOT_DEFINED; } catch { console.log('optional catch binding'); }
