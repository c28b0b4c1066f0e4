const f = () => Promise.resolve().then(f);
f();
