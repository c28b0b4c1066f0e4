const attempts = [
  () => null.prop,
  () => undefined.prop,
  () => notDefined,
  () => { const c = 1; c = 2; },
  () => { tdz; let tdz = 1; },
  () => (1)(),
  () => new (class K {})().x.y,
  () => { class K {} K(); },
  () => { throw new RangeError('custom range'); },
  () => { throw 'a string'; },
  () => { throw { plain: 'object' }; },
  () => [].reduce((a, b) => a),
  () => new Array(-1),
];
for (const attempt of attempts) {
  try { attempt(); console.log('no error'); } catch (e) { console.log(e instanceof Error ? `${e.name}: ${e.message}` : e); }
}
