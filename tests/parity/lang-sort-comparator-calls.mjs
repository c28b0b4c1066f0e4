// Array.prototype.sort calls the comparator as V8's TimSort does: binary insertion
// below 10 elements, natural runs (descending ones reversed), a minimum run length,
// merges with galloping. Each line is one array shape and length: a checksum of the
// comparator's calls (which pair, in which order), how many there were, and the result.
let seed = 12345;
function nextRandom() {
  // A small linear congruential generator: the same numbers in every engine.
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed;
}

const shapes = {
  sorted: (n) => Array.from({ length: n }, (_, i) => i),
  reversed: (n) => Array.from({ length: n }, (_, i) => n - i),
  random: (n) => Array.from({ length: n }, () => nextRandom() % 1000),
  duplicates: (n) => Array.from({ length: n }, () => nextRandom() % 4),
  runs: (n) => Array.from({ length: n }, (_, i) => (i % 37) + Math.floor(i / 37) * 3),
  sawtooth: (n) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? i : n - i)),
  descendingRuns: (n) => Array.from({ length: n }, (_, i) => 100 - (i % 23)),
  sortedThenRandom: (n) => Array.from({ length: n }, (_, i) => (i < n / 2 ? i : nextRandom() % n)),
  allEqual: (n) => Array.from({ length: n }, () => 7),
  organPipe: (n) => Array.from({ length: n }, (_, i) => Math.min(i, n - i)),
};

const lengths = [0, 1, 2, 3, 5, 9, 10, 11, 16, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 150, 200];

for (const [name, make] of Object.entries(shapes)) {
  for (const n of lengths) {
    const values = make(n);
    let calls = 0;
    let checksum = 0;
    values.sort((a, b) => {
      calls++;
      checksum = (checksum * 31 + a * 7 + b * 13 + calls) % 1000000007;
      return a - b;
    });
    let ordered = true;
    for (let i = 1; i < values.length; i++) if (values[i - 1] > values[i]) ordered = false;
    console.log(name, n, calls, checksum, ordered);
  }
}

// Stability and the exact pairs, for a short and a longer array of records.
const people = ['Ann:30', 'Bob:25', 'Cid:30', 'Dan:25', 'Eve:35', 'Fay:30', 'Gus:25', 'Hal:40', 'Ida:30', 'Joe:25', 'Kim:35', 'Lea:30'];
const pairs = [];
people.sort((x, y) => {
  pairs.push(`${x[0]}${y[0]}`);
  return Number(x.split(':')[1]) - Number(y.split(':')[1]);
});
console.log(people.join(' '));
console.log(pairs.join(' '));

// Without a comparator: strings by code units, undefined last, holes dropped to the end.
const mixed = [10, 9, 1, undefined, 'b', , 'a', 100, true, null, -1];
mixed.sort();
console.log(mixed);

// The default comparison converts each value afresh at every comparison.
let conversions = 0;
const boxes = [3, 1, 2, 5, 4].map((v) => ({ toString() { conversions++; return String(v); } }));
boxes.sort();
console.log(boxes.map(String).join(''), conversions);

// A comparator that throws leaves the array as it was.
const untouched = [5, 4, 3, 2, 1, 0, 9, 8, 7, 6, 11, 10];
let count = 0;
try {
  untouched.sort((a, b) => {
    if (++count === 20) throw new Error('stop');
    return a - b;
  });
} catch (e) {
  console.log(e.message, count, untouched.join(','));
}

// Inconsistent comparators still call in V8's order.
const wild = Array.from({ length: 80 }, (_, i) => (i * 37) % 80);
let wildCalls = 0;
wild.sort(() => (wildCalls++ % 3) - 1);
console.log(wildCalls, wild.slice(0, 12).join(','));
