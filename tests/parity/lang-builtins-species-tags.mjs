// Built-ins that were missing or too simple: Object.prototype.toString's tags for
// primitives, Symbol.species (an Array or Promise subclass keeps its class through the
// methods that make new ones), copyWithin, toLocaleString, and the Promise statics'
// receiver check.
const attempt = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, `${e.constructor.name}: ${e.message}`);
  }
};
const tag = (v) => Object.prototype.toString.call(v);
console.log([123, 'text', true, null, undefined, Symbol('s'), [], () => 1, new Error('e'), {}, Object.create(null)].map(tag));
console.log(tag(new Number(1)), tag(Object('s')), tag(Object(false)), tag(Object(Symbol())), tag(Promise.resolve()));
console.log(tag({ [Symbol.toStringTag]: 'Custom' }), tag(new Map()), tag(new WeakRef({})), tag(JSON), tag(Math));

class Stack extends Array {
  peek() {
    return this[this.length - 1];
  }
}
const stack = Stack.from([3, 1, 2]);
const derived = {
  from: stack,
  of: Stack.of(7, 8),
  map: stack.map((x) => x * 2),
  filter: stack.filter((x) => x > 1),
  slice: stack.slice(1),
  concat: stack.concat([4], 5),
  splice: stack.splice(0, 1),
  flat: Stack.from([[1], [2, [3]]]).flat(),
  flatMap: stack.flatMap((x) => [x, x]),
};
for (const [name, value] of Object.entries(derived)) {
  console.log(name, value instanceof Stack, value.constructor.name, value.length, value.peek(), value);
}
console.log(stack, Array.isArray(stack), Stack[Symbol.species] === Stack, Array[Symbol.species] === Array);

class Plain extends Array {
  static get [Symbol.species]() {
    return Array;
  }
}
const plain = Plain.from([1, 2, 3]);
console.log(plain.map((x) => x).constructor.name, plain.filter(Boolean) instanceof Plain, plain instanceof Plain);
const speciesLess = [1, 2];
speciesLess.constructor = { [Symbol.species]: null };
console.log(speciesLess.map((x) => x + 1));
const notConstructor = [1];
notConstructor.constructor = { [Symbol.species]: 42 };
attempt('bad species', () => notConstructor.map((x) => x));

console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0), [1, 2, 3, 4, 5].copyWithin(-2, -4, -3));
console.log([1, , 3, 4].copyWithin(0, 1), Array.prototype.copyWithin.call({ length: 3, 2: 'x' }, 0, 2));

console.log([1234.5, 'a', null, undefined, 1e6, [7, 8000]].toLocaleString());
console.log([{ toLocaleString: () => 'mine' }, { toString: () => 'str' }].toLocaleString(), {}.toLocaleString());
attempt('no toLocaleString', () => [Object.create(null)].toLocaleString());

class Task extends Promise {}
const task = Task.resolve(1);
const chained = task.then((x) => x + 1);
console.log(task instanceof Task, chained instanceof Task, Task.reject(new Error('r')).catch(() => 'caught') instanceof Task);
console.log(Task.all([1, 2]) instanceof Task, Promise.resolve(task) === task, Task.resolve(task) === task);
console.log(new Task((resolve) => resolve(5)) instanceof Task, Task[Symbol.species] === Task);
console.log(await chained, await Task.all([task, 2]), await Task.race([task]));
attempt('resolve on number', () => Promise.resolve.call(1));
attempt('reject on undefined', () => Promise.reject.call(undefined, 1));
attempt('all on string', () => Promise.all.call('x', []));
attempt('resolve on plain function', () => Promise.resolve.call(function () {}, 1));

// Node's console is its Console's instance, tagged "console".
console.log(Object.prototype.toString.call(console), Object.getOwnPropertyDescriptor(console, Symbol.toStringTag));
