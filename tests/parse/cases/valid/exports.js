export const a = 1;
export let b = 2, { c, d: [e] } = { c: 3, d: [4] };
export var v = 5;
export function f() { return a; }
export async function af() { await null; }
export class K {}
const local = 10;
export { local, local as renamed, v as "string name" };
export default function () {}
