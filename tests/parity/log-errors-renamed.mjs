class ValidationError extends Error {
  constructor(message) { super(message); this.name = 'ValidationError'; }
}
console.log(new ValidationError('bad'));
console.log({ nested: { err: new ValidationError('deep') } });
const e = new ValidationError('stack read later');
console.log(e.stack);
