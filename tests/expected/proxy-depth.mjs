// Bad input ends in V8's RangeError, never a crash: a chain of proxies 20,000 deep (here, not
// among the parity programs, as the timeline tests record each of those step by step)
// (a call through one without traps goes down the chain, as in V8) and traps that
// recurse into themselves.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}
let deep = {};
for (let i = 0; i < 20000; i++) deep = new Proxy(deep, {});
attempt('get', () => deep.x);
attempt('set', () => (deep.x = 1));
attempt('keys', () => Object.keys(deep));
attempt('has', () => 'x' in deep);
let callable = function () {
  return 'called';
};
for (let i = 0; i < 20000; i++) callable = new Proxy(callable, {});
attempt('call', () => callable());
attempt('typeof', () => typeof callable);
const self = new Proxy({}, { get: (t, k, receiver) => receiver[k] });
attempt('receiver recursion', () => self.x);
const handler = {};
const looped = new Proxy({}, handler);
handler.has = (t, k) => k in looped;
attempt('trap recursion', () => 'y' in looped);
attempt('still running', () => 'yes');
