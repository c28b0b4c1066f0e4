// Too deep a recursion through built-ins that call back (forEach, call, apply, map)
// is a RangeError that the nearest try/catch gets, and the program goes on.
const ways = {
  forEach: function down() { [0].forEach(down); },
  call: function down() { down.call(null); },
  apply: function down() { down.apply(null, []); },
  map: function down() { return [0].map(down); },
};
for (const [name, down] of Object.entries(ways)) {
  try {
    down();
    console.log(name, 'returned');
  } catch (e) {
    console.log(name, e instanceof RangeError, e.message);
  }
}
console.log('still running');
