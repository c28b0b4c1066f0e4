// A call where a target goes parses: V8 throws its ReferenceError only when it runs.
f() = 1;
g(1)(2) += 3;
h()++;
--h();
for (f() of xs);
for (f() in o);
(f()) = 2;
