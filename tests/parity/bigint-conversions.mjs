// BigInt(): from numbers, strings and booleans, and what it refuses; Number() and
// String() of a BigInt; toString with a radix; asIntN and asUintN.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, `${e.name}: ${e.message}`);
  }
};

show('number', () => [BigInt(0), BigInt(-0), BigInt(42), BigInt(-1e21), BigInt(Number.MAX_SAFE_INTEGER)]);
show('fraction', () => BigInt(1.5));
show('nan', () => BigInt(NaN));
show('infinity', () => BigInt(-Infinity));
show('strings', () => [BigInt(''), BigInt('  12  '), BigInt('-34'), BigInt('+5'), BigInt('0x1F'), BigInt('0o17'), BigInt('0b101')]);
show('bad string', () => BigInt('1.5'));
show('bad hex', () => BigInt('-0x10'));
show('separator', () => BigInt('1_000'));
show('booleans', () => [BigInt(true), BigInt(false)]);
show('undefined', () => BigInt(undefined));
show('null', () => BigInt(null));
show('symbol', () => BigInt(Symbol('s')));
show('new', () => new BigInt(1));
show('object', () => BigInt({ valueOf() { return 7; } }));
show('Number', () => [Number(123n), Number(-(2n ** 64n)), Number(2n ** 1024n), Number(2n ** 53n + 1n)]);
show('String', () => [String(123n), String(-5n), `${2n ** 70n}`, 5n + 'px', 'x' + -1n]);
show('toString', () => [(255n).toString(16), (255n).toString(2), (-255n).toString(36), (10n ** 20n).toString()]);
show('radix', () => (1n).toString(37));
show('toLocaleString', () => [(1234567890n).toLocaleString(), (-1234n).toLocaleString(), (12n).toLocaleString()]);
show('valueOf', () => [(5n).valueOf(), Object(6n).valueOf(), Object(6n) + 1n]);
show('receiver', () => BigInt.prototype.toString.call(1));
show('asIntN', () => [BigInt.asIntN(8, 255n), BigInt.asIntN(8, 127n), BigInt.asIntN(64, 2n ** 63n), BigInt.asIntN(0, 5n)]);
show('asUintN', () => [BigInt.asUintN(8, -1n), BigInt.asUintN(64, -1n), BigInt.asUintN(3, 10n)]);
show('asIntN bits', () => BigInt.asIntN(-1, 1n));
show('asIntN number', () => BigInt.asIntN(8, 5));
show('parseInt', () => [parseInt(10n), parseFloat(15n), Number.isInteger(5n), isNaN('5')]);
show('Math', () => Math.abs(-5n));
show('isNaN', () => isNaN(1n));
show('keys', () => {
  const o = {};
  o[1n] = 'one';
  o[2n ** 64n] = 'big';
  return Object.keys(o);
});
show('literal keys', () => {
  const o = { 1n: 'one', 0x10n: 'sixteen', [2n ** 64n]: 'big', 3n() { return 'three'; } };
  const { 16n: sixteen } = o;
  class K { static 4n = 'four'; }
  return [Object.keys(o), o[1], sixteen, o[3].name, K[4]];
});
show('tag', () => [Object.prototype.toString.call(1n), BigInt.prototype[Symbol.toStringTag]]);
show('lengths', () => [BigInt.length, BigInt.name, BigInt.asIntN.length, BigInt.prototype.toString.length]);
