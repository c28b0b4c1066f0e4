const cache = new WeakMap();
function process(obj) {
  if (!cache.has(obj)) cache.set(obj, { computed: obj.value * 2 });
  return cache.get(obj);
}
let item = { value: 21 };
console.log(process(item), process(item) === process(item));
const visited = new WeakSet();
visited.add(item);
console.log(visited.has(item), visited.has({}), cache.has(item));
console.log(cache.delete(item), cache.has(item), cache.get(item));
try { cache.set('str', 1); } catch (e) { console.log(e.constructor.name, e.message); }
try { visited.add(1); } catch (e) { console.log(e.constructor.name, e.message); }
try { new WeakRef(1); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(cache, visited);
