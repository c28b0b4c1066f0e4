// JSON round trips and object spread and destructuring.
const records = [];
for (let i = 0; i < 3000; i += 1) {
  records.push({ id: i, name: `user${i}`, tags: ['a', 'b', String(i % 10)], address: { city: 'c' + (i % 50), zip: i } });
}
let total = 0;
for (let round = 0; round < 8; round += 1) {
  const text = JSON.stringify(records);
  const back = JSON.parse(text);
  total += text.length + back.length;
}
for (let round = 0; round < 24; round += 1) {
  for (const record of records) {
    const { id, name, address: { zip }, ...rest } = record;
    const copy = { ...rest, id: id + 1, label: name, zip, extra: round };
    const merged = { ...copy, ...record.address };
    total += merged.zip + copy.tags.length;
  }
}
console.log(total);
