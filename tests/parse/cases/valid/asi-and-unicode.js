let a = 1
let b = a
++b
a
--b
const c = a
;[1, 2].forEach(x => x)
const d = function () {
  return
  1
}
let e = () => {}
label: for (;;) {
  break
  label
}
let ünïcödé = 1, ℘ = 2, _$ = 3, \u0061bc = 4, x\u{62} = 5, 𝑥 = 6
const ゆ = ünïcödé + ℘ + _$ + abc + xb + 𝑥
var obj = { if: 1, class: 2, \u0069f: 3 }
obj.if + obj.class
do a++
while (a < 3) a--
let f = 1 /* multi
line comment */ let g = 2
// line comment
x: a
