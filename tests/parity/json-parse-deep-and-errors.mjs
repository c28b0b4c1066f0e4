// JSON.parse reads arrays and objects of any depth as V8 does (with a stack of its own,
// not a recursion), and refuses what V8 refuses (Node 18 and 20 word the messages
// differently: RunCommandTest checks Node 20's); JSON.stringify nests
// 2,500 deep (V8's limit is past 4,000).
const cases = ['[]', '{}', '[1,[2,[3]],{"a":[{}]}]', '{"a":1,"b":{"c":[true,false,null]},"a":2}', ' [ 1 , 2 ] ', '{"__proto__": 1}',
  '[1,]', '{"a":1,}', '{,}', '[', '{"a"', '{"a":', '{"a" 1}', '[1 2]', '{"a":1 "b":2}', '{1:2}', '', ' ', '[]x', '{"a":[}', 'tru', '"abc', '[-]', '{"a":1}}'];
for (const c of cases) {
  try { console.log(JSON.stringify(JSON.parse(c))); } catch (e) { console.log(e.name); }
}
console.log(JSON.parse('[[1,2],{"x":[3,{"y":4}]}]', (k, v) => typeof v === 'number' ? v * 10 : v));
const deep = JSON.parse('{"a":'.repeat(2500) + '1' + '}'.repeat(2500));
console.log(JSON.stringify(deep).length);
