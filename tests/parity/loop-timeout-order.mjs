// setTimeout ordering: by due time, then by scheduling order; 0 ms counts as 1 ms.
setTimeout(() => console.log('a: 1 ms'), 1);
setTimeout(() => console.log('b: 0 ms'), 0);
setTimeout(() => console.log('c: no delay'));
setTimeout(() => console.log('d: negative delay'), -5);
setTimeout(() => console.log('e: 30 ms'), 30);
setTimeout(() => console.log('f: 15 ms'), 15);
setTimeout(() => console.log('g: 15 ms, second'), 15);
setTimeout(() => console.log('h: "1" as a string'), '1');
setTimeout(() => console.log('i: NaN delay'), NaN);
console.log('sync');
