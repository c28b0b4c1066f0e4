// Node 20's forms that Node 18 prints differently: a Set past 100 entries, and %o of a Set.
const big = new Set();
for (let i = 0; i < 120; i++) big.add(i);
console.log(big);
console.log('%o', new Set([1]));
