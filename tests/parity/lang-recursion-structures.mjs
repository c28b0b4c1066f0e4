function buildTree(depth) {
  return depth === 0 ? { leaf: true } : { left: buildTree(depth - 1), right: buildTree(depth - 1) };
}
console.log(buildTree(1));
console.log(buildTree(3));
function count(node) { return node.leaf ? 1 : count(node.left) + count(node.right); }
console.log(count(buildTree(10)));
const list = { value: 0, next: null };
let tail = list;
for (let i = 1; i < 5; i++) { tail.next = { value: i, next: null }; tail = tail.next; }
console.log(list);
const family = { father: { name: 'John' }, mother: { name: 'Ann' } };
family.father.wife = family.mother;
family.mother.husband = family.father;
console.log(family);
const matrix = Array.from({ length: 3 }, (_, r) => Array.from({ length: 3 }, (_, c) => r * 3 + c));
console.log(matrix);
