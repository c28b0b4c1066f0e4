// The words for the heap's enumerations, in one place so that the CLI, the timeline
// and the GUI name things alike.
#include "heap/Edge.h"
#include "heap/HeapCell.h"
#include "heap/RuleViolation.h"

namespace reachable {

std::string_view cellKindName(CellKind kind) {
  switch (kind) {
    case CellKind::String: return "string";
    case CellKind::Symbol: return "Symbol";
    case CellKind::Object: return "Object";
    case CellKind::Array: return "Array";
    case CellKind::Function: return "Function";
    case CellKind::Context: return "Context";
    case CellKind::AccessorPair: return "AccessorPair";
    case CellKind::Map: return "Map";
    case CellKind::Set: return "Set";
    case CellKind::WeakMap: return "WeakMap";
    case CellKind::WeakSet: return "WeakSet";
    case CellKind::WeakRef: return "WeakRef";
    case CellKind::FinalizationRegistry: return "FinalizationRegistry";
    case CellKind::Promise: return "Promise";
    case CellKind::Error: return "Error";
    case CellKind::AsyncFrame: return "AsyncFrame";
    case CellKind::PrimitiveWrapper: return "PrimitiveWrapper";
    case CellKind::BigInt: return "BigInt";
    case CellKind::Generator: return "Generator";
    case CellKind::Proxy: return "Proxy";
    case CellKind::RegExp: return "RegExp";
    case CellKind::Date: return "Date";
  }
  return "?";
}

std::string_view edgeKindName(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::Property: return "property";
    case EdgeKind::Element: return "element";
    case EdgeKind::Prototype: return "prototype";
    case EdgeKind::AccessorGetter: return "getter";
    case EdgeKind::AccessorSetter: return "setter";
    case EdgeKind::ContextParent: return "context-parent";
    case EdgeKind::ContextSlot: return "context-slot";
    case EdgeKind::FunctionContext: return "function-context";
    case EdgeKind::HomeObject: return "home-object";
    case EdgeKind::HostSlot: return "host-slot";
    case EdgeKind::MapKey: return "map-key";
    case EdgeKind::MapValue: return "map-value";
    case EdgeKind::SetMember: return "set-member";
    case EdgeKind::WeakMapKey: return "weakmap-key";
    case EdgeKind::WeakMapValue: return "weakmap-value";
    case EdgeKind::WeakSetMember: return "weakset-member";
    case EdgeKind::WeakRefTarget: return "weakref-target";
    case EdgeKind::RegistryCleanup: return "registry-cleanup";
    case EdgeKind::CellTarget: return "cell-target";
    case EdgeKind::CellHeldValue: return "cell-held-value";
    case EdgeKind::CellToken: return "cell-token";
    case EdgeKind::PromiseResult: return "promise-result";
    case EdgeKind::ReactionFulfilled: return "reaction-fulfilled";
    case EdgeKind::ReactionRejected: return "reaction-rejected";
    case EdgeKind::ReactionDerived: return "reaction-derived";
    case EdgeKind::SymbolDescription: return "symbol-description";
    case EdgeKind::FrameValue: return "frame-value";
    case EdgeKind::FrameContext: return "frame-context";
    case EdgeKind::FrameFunction: return "frame-function";
    case EdgeKind::AsyncPromise: return "async-promise";
    case EdgeKind::PrimitiveValue: return "primitive-value";
    case EdgeKind::GeneratorFrame: return "generator-frame";
    case EdgeKind::GeneratorRequest: return "generator-request";
    case EdgeKind::FrameGenerator: return "frame-generator";
    case EdgeKind::ProxyTarget: return "proxy-target";
    case EdgeKind::ProxyHandler: return "proxy-handler";
    case EdgeKind::StringPart: return "string-part";
  }
  return "?";
}

std::string_view describe(RuleViolation violation) {
  switch (violation) {
    case RuleViolation::None: return "no rule broken";
    case RuleViolation::WeakRefInvalidTarget: return "WeakRef: the target cannot be held weakly";
    case RuleViolation::CleanupNotCallable: return "FinalizationRegistry: the cleanup callback is not callable";
    case RuleViolation::RegisterInvalidTarget: return "register: the target cannot be held weakly";
    case RuleViolation::RegisterTargetIsHeldValue: return "register: target and held value are the same";
    case RuleViolation::InvalidUnregisterToken: return "the unregister token cannot be held weakly";
    case RuleViolation::InvalidWeakMapKey: return "WeakMap: the key cannot be held weakly";
    case RuleViolation::InvalidWeakSetValue: return "WeakSet: the value cannot be held weakly";
  }
  return "?";
}

}  // namespace reachable
