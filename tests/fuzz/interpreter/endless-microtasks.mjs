const f = () => queueMicrotask(f);
f();
