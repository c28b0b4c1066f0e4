// Promise.all, allSettled, any, race: results, order and errors.
const delay = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
console.log(await Promise.all([delay(20, 'slow'), delay(5, 'fast'), 3, Promise.resolve('now')]));
try { await Promise.all([delay(5, 'ok'), delay(10, 'bad', true), delay(30, 'late', true)]); } catch (e) { console.log('all rejected:', e.message); }
console.log(await Promise.all([]));
const settled = await Promise.allSettled([delay(5, 'x'), delay(1, 'y', true), 7]);
console.log(settled.map((s) => s.status === 'fulfilled' ? s.value : s.reason.message));
console.log(Object.keys(settled[0]), Object.keys(settled[1]));
console.log(await Promise.any([delay(10, 'a'), delay(1, 'b', true), delay(5, 'c')]));
try {
  await Promise.any([delay(1, 'p', true), Promise.reject(new Error('q'))]);
} catch (e) {
  console.log(e.constructor.name, e instanceof AggregateError, e.errors.map((x) => x.message), e.message);
}
try { await Promise.any([]); } catch (e) { console.log('any([])', e.constructor.name, e.errors); }
console.log(await Promise.race([delay(10, 'ten'), delay(2, 'two')]));
try { await Promise.race([delay(10, 'ten'), delay(2, 'two fails', true)]); } catch (e) { console.log('race:', e.message); }
const never = Promise.race([]);
const r = await Promise.race([never, delay(1, 'race with a never-settling one')]);
console.log(r);
console.log(await Promise.resolve(Promise.resolve('unwrapped')), await Promise.reject(1).catch((x) => x + 1));
