// expect: 2:5 for await...of is not supported
for await (const x of y) {}
