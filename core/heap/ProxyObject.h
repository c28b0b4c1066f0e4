#pragma once

#include "heap/JSObject.h"

namespace reachable {

// A Proxy exotic object (ECMA-262 §10.5): every internal method goes to its handler's
// trap, or to its target where the handler has none. It has no properties and no
// prototype of its own. Revoking it empties both slots (null), which lets the target
// and the handler go.
struct ProxyObject : JSObject {
  ProxyObject(Value t, Value h, bool isCallable, bool isConstructor)
      : JSObject(CellKind::Proxy), target(t), handler(h), callable(isCallable), constructor(isConstructor) {}
  Value target;
  Value handler;
  // Fixed at creation from the target, and kept after revocation (typeof stays "function").
  bool callable;
  bool constructor;

  bool revoked() const { return handler.isNull(); }
};

}  // namespace reachable
