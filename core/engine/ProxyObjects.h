#pragma once

#include <optional>
#include <span>
#include <vector>

#include "engine/ObjectOps.h"
#include "heap/ProxyObject.h"

namespace reachable {

// The internal methods of a Proxy exotic object (ECMA-262 §10.5): each calls its
// handler's trap, or forwards to the target where the handler has none, and then
// checks the trap's answer against the target's invariants, throwing V8's TypeError
// when it lies. ObjectOps dispatches here, so every built-in and every bytecode that
// does an internal method reaches a proxy's trap through that one place. Each takes
// a level of the call depth: a chain of proxies 100,000 deep ends in V8's RangeError.
namespace proxy {

// The proxy a value is, or null.
ProxyObject* asProxy(Engine& engine, Value v);
Value newProxy(Engine& engine, Value target, Value handler);
void revoke(ProxyObject& proxy);

Value getPrototypeOf(Engine& engine, CellId proxy);
// Nothing when it threw; false when the trap refused.
std::optional<bool> setPrototypeOf(Engine& engine, CellId proxy, Value proto);
std::optional<bool> isExtensible(Engine& engine, CellId proxy);
std::optional<bool> preventExtensions(Engine& engine, CellId proxy);
// Nothing: no such property, or it threw (hasPendingException says which).
std::optional<PropertyDescriptor> getOwnProperty(Engine& engine, CellId proxy, const PropertyKey& key);
std::optional<bool> defineOwnProperty(Engine& engine, CellId proxy, const PropertyKey& key,
                                      const PropertyDescriptor& desc);
std::optional<bool> has(Engine& engine, CellId proxy, const PropertyKey& key);
Value get(Engine& engine, CellId proxy, const PropertyKey& key, Value receiver);
// Without a trap the target's [[Set]] runs, throwing its own TypeError on failure
// when `throwOnFailure` (strict mode's assignment), as V8 does.
std::optional<bool> set(Engine& engine, CellId proxy, const PropertyKey& key, Value value, Value receiver,
                        bool throwOnFailure);
std::optional<bool> deleteProperty(Engine& engine, CellId proxy, const PropertyKey& key);
std::optional<std::vector<PropertyKey>> ownKeys(Engine& engine, CellId proxy);
Value call(Engine& engine, CellId proxy, Value thisValue, std::span<const Value> args);
Value construct(Engine& engine, CellId proxy, std::span<const Value> args, Value newTarget);

// Strict mode's TypeError for a trap that answered false: "'set' on proxy: trap
// returned falsish for property 'x'".
bool throwFalsish(Engine& engine, std::string_view trap, const PropertyKey& key);

}  // namespace proxy
}  // namespace reachable
