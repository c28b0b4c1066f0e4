// Promises and await in loops: async functions awaiting each other, Promise.all
// over batches, and then-chains.
const delay = (value) => Promise.resolve(value);
async function step(i) {
  const a = await delay(i);
  const b = await delay(a * 2);
  return a + b;
}
async function main() {
  let total = 0;
  for (let i = 0; i < 80000; i += 1) total += await step(i);
  for (let batch = 0; batch < 250; batch += 1) {
    const results = await Promise.all(Array.from({ length: 200 }, (_, k) => step(batch + k)));
    total += results.length;
  }
  let chain = Promise.resolve(0);
  for (let i = 0; i < 80000; i += 1) chain = chain.then((v) => v + 1);
  total += await chain;
  console.log(total);
}
main();
