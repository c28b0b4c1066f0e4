#pragma once

#include <cstdint>
#include <string_view>

namespace reachable {

// A rule of the weak built-ins that a call broke. The core reports these as values;
// the interpreter turns each into V8's TypeError text.
enum class RuleViolation : std::uint8_t {
  None,
  WeakRefInvalidTarget,       // new WeakRef(1)
  CleanupNotCallable,         // new FinalizationRegistry({})
  RegisterInvalidTarget,      // registry.register(1, "x")
  RegisterTargetIsHeldValue,  // registry.register(o, o)
  InvalidUnregisterToken,     // registry.register(o, 1, 2) or registry.unregister(2)
  InvalidWeakMapKey,          // weakMap.set(1, x)
  InvalidWeakSetValue,        // weakSet.add(1)
};

// The rule in words ("register: target and held value are the same").
std::string_view describe(RuleViolation violation);

// A value, or the rule that stopped it from being made.
template <class T>
struct Checked {
  T value{};
  RuleViolation violation = RuleViolation::None;
  bool ok() const { return violation == RuleViolation::None; }
};

}  // namespace reachable
