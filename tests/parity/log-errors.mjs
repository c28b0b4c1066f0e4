console.log(new Error('x'));
console.log(new TypeError('t'));
console.log({ e: new RangeError('r') });
console.log([new ReferenceError('ref')]);
console.log(new Error(''));
const coded = new Error('with code');
coded.code = 42;
console.log(coded);
class MyErr extends Error {}
console.log(new MyErr('m'));
try { null.x; } catch (e) { console.log(e); console.log(e.message); }
try { undefinedVariable; } catch (e) { console.log(e); }
console.log(new Error('two\nlines'));
console.log({ a: { b: new Error('in\nside') } });
console.log(String(new TypeError('s')), `${new Error('tpl')}`);
