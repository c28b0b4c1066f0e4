// The Proxy constructor and Proxy.revocable (ECMA-262 §28.2). What a proxy does is
// in ProxyObjects.cpp.
#include "engine/Builtins.h"
#include "engine/Interpreter.h"
#include "engine/ObjectOps.h"
#include "engine/ProxyObjects.h"
#include "engine/Try.h"

namespace reachable {

namespace {

Value proxyConstructor(NativeCall& call) {
  if (!call.isConstruct()) return call.engine.throwError(ErrorType::TypeError, "Constructor Proxy requires 'new'");
  return proxy::newProxy(call.engine, call.arg(0), call.arg(1));
}

// A revocable proxy's revoke function: its host slot holds the proxy until the
// first call empties it, so that revoking also lets the proxy itself go.
Value revokeProxy(NativeCall& call) {
  auto& revoke = call.engine.heap().as<JSFunction>(call.callee);
  call.engine.heap().noteWrite(revoke);
  auto& slots = revoke.hostSlots;
  if (ProxyObject* p = proxy::asProxy(call.engine, slots[0])) {
    call.engine.heap().noteWrite(*p);
    proxy::revoke(*p);
  }
  slots[0] = Value::null();
  return Value::undefined();
}

Value proxyRevocable(NativeCall& call) {
  Engine& engine = call.engine;
  Value p = TRY(proxy::newProxy(engine, call.arg(0), call.arg(1)));
  Interpreter::Pin pinProxy(engine.interpreter(), p);
  Value revoke = engine.newNativeFunction(revokeProxy, "", 0);
  engine.heap().as<JSFunction>(revoke).hostSlots = {p};
  Interpreter::Pin pinRevoke(engine.interpreter(), revoke);
  Value result = engine.newObject();
  ops::createDataProperty(engine, result.asCell(), PropertyKey::fromAtom(engine.intern("proxy")), p);
  ops::createDataProperty(engine, result.asCell(), PropertyKey::fromAtom(engine.intern("revoke")), revoke);
  return result;
}

}  // namespace

bool isProxyRevoker(const JSFunction& fn) { return fn.native == revokeProxy; }

void installProxyBuiltins(Engine& engine) {
  Value constructor = engine.newNativeFunction(proxyConstructor, "Proxy", 2);
  engine.heap().as<JSFunction>(constructor).isConstructor = true;
  defineMethod(engine, constructor.asCell(), "revocable", proxyRevocable, 2);
  defineValue(engine, engine.intrinsic(Intrinsic::GlobalObject), "Proxy", constructor);
}

}  // namespace reachable
