// Array methods with callbacks: map, filter, reduce, sort with a comparator,
// find, some, every, forEach and flatMap.
const items = [];
for (let i = 0; i < 20000; i += 1) items.push({ id: i, score: (i * 7919) % 1000, tag: i % 5 });
let checksum = 0;
for (let round = 0; round < 30; round += 1) {
  const scores = items.map((item) => item.score + round);
  const high = items.filter((item) => item.score > 500);
  checksum += scores.reduce((sum, s) => sum + s, 0) % 100003;
  checksum += high.length;
  const sorted = high.slice().sort((a, b) => a.score - b.score || a.id - b.id);
  checksum += sorted[0].id + sorted[sorted.length - 1].id;
  checksum += items.find((item) => item.score === round * 3)?.id ?? 0;
  if (items.some((item) => item.tag === 4) && items.every((item) => item.score < 1000)) checksum += 1;
  items.forEach((item) => {
    item.score = (item.score + 13) % 1000;
  });
  checksum += items.flatMap((item) => (item.tag === round % 5 ? [item.id] : [])).length;
}
console.log(checksum);
