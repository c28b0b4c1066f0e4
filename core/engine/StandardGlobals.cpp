#include "engine/StandardGlobals.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "engine/Conversions.h"
#include "engine/Engine.h"
#include "engine/ObjectOps.h"

namespace reachable {

namespace {

// Node 20's `Object.getOwnPropertyNames(globalThis)` (without --expose-gc's `gc`),
// sorted; a test compares it with the Node it finds.
constexpr std::string_view kStandardGlobals[] = {
    "AbortController",
    "AbortSignal",
    "AggregateError",
    "Array",
    "ArrayBuffer",
    "Atomics",
    "BigInt",
    "BigInt64Array",
    "BigUint64Array",
    "Blob",
    "Boolean",
    "BroadcastChannel",
    "Buffer",
    "ByteLengthQueuingStrategy",
    "CompressionStream",
    "CountQueuingStrategy",
    "Crypto",
    "CryptoKey",
    "CustomEvent",
    "DOMException",
    "DataView",
    "Date",
    "DecompressionStream",
    "Error",
    "EvalError",
    "Event",
    "EventTarget",
    "File",
    "FinalizationRegistry",
    "Float32Array",
    "Float64Array",
    "FormData",
    "Function",
    "Headers",
    "Infinity",
    "Int16Array",
    "Int32Array",
    "Int8Array",
    "Intl",
    "JSON",
    "Map",
    "Math",
    "MessageChannel",
    "MessageEvent",
    "MessagePort",
    "NaN",
    "Number",
    "Object",
    "Performance",
    "PerformanceEntry",
    "PerformanceMark",
    "PerformanceMeasure",
    "PerformanceObserver",
    "PerformanceObserverEntryList",
    "PerformanceResourceTiming",
    "Promise",
    "Proxy",
    "RangeError",
    "ReadableByteStreamController",
    "ReadableStream",
    "ReadableStreamBYOBReader",
    "ReadableStreamBYOBRequest",
    "ReadableStreamDefaultController",
    "ReadableStreamDefaultReader",
    "ReferenceError",
    "Reflect",
    "RegExp",
    "Request",
    "Response",
    "Set",
    "SharedArrayBuffer",
    "String",
    "SubtleCrypto",
    "Symbol",
    "SyntaxError",
    "TextDecoder",
    "TextDecoderStream",
    "TextEncoder",
    "TextEncoderStream",
    "TransformStream",
    "TransformStreamDefaultController",
    "TypeError",
    "URIError",
    "URL",
    "URLSearchParams",
    "Uint16Array",
    "Uint32Array",
    "Uint8Array",
    "Uint8ClampedArray",
    "WeakMap",
    "WeakRef",
    "WeakSet",
    "WebAssembly",
    "WritableStream",
    "WritableStreamDefaultController",
    "WritableStreamDefaultWriter",
    "atob",
    "btoa",
    "clearImmediate",
    "clearInterval",
    "clearTimeout",
    "console",
    "crypto",
    "decodeURI",
    "decodeURIComponent",
    "encodeURI",
    "encodeURIComponent",
    "escape",
    "eval",
    "fetch",
    "global",
    "globalThis",
    "isFinite",
    "isNaN",
    "parseFloat",
    "parseInt",
    "performance",
    "process",
    "queueMicrotask",
    "setImmediate",
    "setInterval",
    "setTimeout",
    "structuredClone",
    "undefined",
    "unescape",
};
static_assert(std::ranges::is_sorted(kStandardGlobals));

class SilentConsole final : public ConsoleSink {
 public:
  void write(Stream, std::string_view) override {}
};

// The global object's own string keys, read from a fresh engine: what it installs
// is the one truth of what it has.
std::set<std::string, std::less<>> installedGlobals() {
  SilentConsole console;
  Engine engine(EngineOptions{}, console);
  std::set<std::string, std::less<>> names;
  for (const PropertyKey& key : ops::ownPropertyKeys(engine, engine.intrinsic(Intrinsic::GlobalObject))) {
    if (!key.isIndex && key.atom.isString()) names.insert(stringText(engine, key.atom));
  }
  return names;
}

const std::set<std::string, std::less<>>& engineGlobals() {
  static const std::set<std::string, std::less<>> installed = installedGlobals();
  return installed;
}

bool isStandardGlobal(std::string_view name) {
  return std::binary_search(std::begin(kStandardGlobals), std::end(kStandardGlobals), name);
}

}  // namespace

std::span<const std::string_view> standardGlobalNames() { return kStandardGlobals; }

bool isMissingStandardGlobal(std::string_view name) {
  return isStandardGlobal(name) && !engineGlobals().contains(name);
}

bool mayNameMissingStandardGlobal(std::string_view source) {
  static const std::vector<std::string_view> missing = [] {
    std::vector<std::string_view> names;
    for (std::string_view name : kStandardGlobals)
      if (!engineGlobals().contains(name)) names.push_back(name);
    return names;
  }();
  if (source.find("\\u") != std::string_view::npos) return true;
  return std::ranges::any_of(missing, [&](std::string_view name) { return source.find(name) != std::string_view::npos; });
}

bool isEngineGlobal(std::string_view name) { return engineGlobals().contains(name); }

}  // namespace reachable
