#include "engine/KnownAbsent.h"

#include <string_view>

#include "engine/Engine.h"
#include "engine/ObjectOps.h"
#include "heap/JSObject.h"

namespace reachable {

namespace {

struct Absent {
  std::string_view holder;  // a global, or a global's `prototype`
  std::string_view name;
  const char* why;
};

constexpr const char* kStackHook = "V8's stack-trace hook; stacks here have no frames";
constexpr const char* kSloppy = "a sloppy-mode accessor; functions here are strict";
constexpr const char* kAnnexB = "one of Annex B's legacy features";
constexpr const char* kRegExpStatics = "one of RegExp's legacy static properties";
constexpr const char* kHtml = "one of Annex B's HTML methods of strings";
constexpr const char* kWrapper = "String.prototype is a String wrapper of \"\" in V8, not here";
constexpr const char* kTimer = "Node's timers are ordinary functions; here they are built-ins, which have none";
constexpr const char* kConsole = "part of Node's Console class, its streams or its inspector";

constexpr Absent kAbsent[] = {
    {"Error", "prepareStackTrace", kStackHook},
    {"Function.prototype", "arguments", kSloppy},
    {"Function.prototype", "caller", kSloppy},
    {"Object.prototype", "__defineGetter__", kAnnexB},
    {"Object.prototype", "__defineSetter__", kAnnexB},
    {"Object.prototype", "__lookupGetter__", kAnnexB},
    {"Object.prototype", "__lookupSetter__", kAnnexB},
    {"RegExp.prototype", "compile", kAnnexB},
    {"RegExp", "$&", kRegExpStatics},
    {"RegExp", "$'", kRegExpStatics},
    {"RegExp", "$+", kRegExpStatics},
    {"RegExp", "$1", kRegExpStatics},
    {"RegExp", "$2", kRegExpStatics},
    {"RegExp", "$3", kRegExpStatics},
    {"RegExp", "$4", kRegExpStatics},
    {"RegExp", "$5", kRegExpStatics},
    {"RegExp", "$6", kRegExpStatics},
    {"RegExp", "$7", kRegExpStatics},
    {"RegExp", "$8", kRegExpStatics},
    {"RegExp", "$9", kRegExpStatics},
    {"RegExp", "$_", kRegExpStatics},
    {"RegExp", "$`", kRegExpStatics},
    {"RegExp", "input", kRegExpStatics},
    {"RegExp", "lastMatch", kRegExpStatics},
    {"RegExp", "lastParen", kRegExpStatics},
    {"RegExp", "leftContext", kRegExpStatics},
    {"RegExp", "rightContext", kRegExpStatics},
    {"String.prototype", "anchor", kHtml},
    {"String.prototype", "big", kHtml},
    {"String.prototype", "blink", kHtml},
    {"String.prototype", "bold", kHtml},
    {"String.prototype", "fixed", kHtml},
    {"String.prototype", "fontcolor", kHtml},
    {"String.prototype", "fontsize", kHtml},
    {"String.prototype", "italics", kHtml},
    {"String.prototype", "link", kHtml},
    {"String.prototype", "small", kHtml},
    {"String.prototype", "strike", kHtml},
    {"String.prototype", "sub", kHtml},
    {"String.prototype", "sup", kHtml},
    {"String.prototype", "length", kWrapper},
    {"gc", "prototype", kTimer},
    {"clearInterval", "prototype", kTimer},
    {"clearTimeout", "prototype", kTimer},
    {"queueMicrotask", "prototype", kTimer},
    {"setInterval", "prototype", kTimer},
    {"setTimeout", "prototype", kTimer},
    {"console", "Console", kConsole},
    {"console", "_ignoreErrors", kConsole},
    {"console", "_stderr", kConsole},
    {"console", "_stderrErrorHandler", kConsole},
    {"console", "_stdout", kConsole},
    {"console", "_stdoutErrorHandler", kConsole},
    {"console", "_times", kConsole},
    {"console", "clear", kConsole},
    {"console", "context", kConsole},
    {"console", "createTask", kConsole},
    {"console", "profile", kConsole},
    {"console", "profileEnd", kConsole},
    {"console", "timeStamp", kConsole},
};

// A global by name, or its `prototype` for "Name.prototype"; nothing when absent.
Value holderNamed(Engine& engine, std::string_view path) {
  const auto dot = path.find('.');
  const std::string global(path.substr(0, dot));
  Value holder = ops::get(engine, Value::object(engine.intrinsic(Intrinsic::GlobalObject)),
                          PropertyKey::fromAtom(engine.intern(global)));
  if (dot != std::string_view::npos && holder.isObject()) {
    holder = ops::get(engine, holder, PropertyKey::fromAtom(engine.atoms().prototype));
  }
  return holder;
}

}  // namespace

KnownAbsent::KnownAbsent(Engine& engine) {
  for (const Absent& absent : kAbsent) {
    const Value holder = holderNamed(engine, absent.holder);
    if (!holder.isObject()) continue;
    const Value atom = engine.intern(absent.name);
    byName_[atom.asCell()].push_back({engine.heap().weakHandle(holder.asCell()),
                                      std::string(absent.holder) + "." + std::string(absent.name), absent.why});
  }
}

const KnownAbsent::Property* KnownAbsent::find(const Engine& engine, CellId object, const PropertyKey& key) const {
  if (key.isIndex || !key.atom.isString()) return nullptr;
  const auto found = byName_.find(key.atom.asCell());
  if (found == byName_.end()) return nullptr;
  const Heap& heap = engine.heap();
  for (CellId o = object; o != kNoCell && heap.get(o).kind != CellKind::Proxy;
       o = static_cast<const JSObject&>(heap.get(o)).proto) {
    for (const Property& property : found->second) {
      const HeapCell* holder = heap.resolve(property.holder);
      if (holder && holder->id == o) return &property;
    }
  }
  return nullptr;
}

}  // namespace reachable
