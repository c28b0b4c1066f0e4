// String building and searching: template literals, concatenation, indexOf,
// includes, slice, split and join, replace with a regular expression.
const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];
let text = '';
for (let i = 0; i < 100000; i += 1) text += `${words[i % words.length]}-${i} `;
let found = 0;
for (let i = 0; i < 500; i += 1) {
  found += text.indexOf(`gamma-${i * 7} `) >= 0 ? 1 : 0;
  if (text.includes(`zeta-${i}5 `)) found += 1;
}
const parts = text.split(' ');
const joined = parts.map((p) => p.toUpperCase()).join(',');
const replaced = text.slice(0, 200000).replace(/a(\w)/g, (m, c) => c);
let letters = 0;
for (const part of parts) if (part.startsWith('e')) letters += part.length;
console.log(text.length, found, parts.length, joined.length, replaced.length, letters);
