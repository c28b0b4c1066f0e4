// An await inside a function nested in an async arrow's parameters is its own.
const g = async (a = async () => await 1) => {};
async function h(a = async () => { await 1; }) {}
const k = async (x) => await x;
