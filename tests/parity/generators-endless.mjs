// Generators that never end, consumed lazily: for…of with break, destructuring that
// takes a few, and a take() that closes its source when it has enough.
function* naturals() {
  let n = 0;
  try {
    while (true) yield n++;
  } finally {
    console.log('naturals closed at', n);
  }
}

for (const n of naturals()) {
  if (n > 3) break;
  console.log(n);
}
const [a, b, c] = naturals();
console.log(a, b, c);

function* take(iterable, count) {
  if (count <= 0) return;
  for (const value of iterable) {
    yield value;
    if (--count === 0) return;
  }
}
function* squares() {
  for (const n of naturals()) yield n * n;
}
console.log([...take(squares(), 5)], Array.from(take('abcdef', 3)));
