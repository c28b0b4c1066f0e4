// JSON.parse and JSON.stringify (ECMA-262 §25.5), with V8's error messages.
#include <cmath>
#include <string>
#include <vector>

#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/Interpreter.h"
#include "engine/ObjectOps.h"
#include "engine/Try.h"
#include "format/NumberToString.h"
#include "format/StringEscape.h"
#include "format/StringToNumber.h"
#include "text/Utf16.h"

namespace reachable {

namespace {

JSObject& objectOf(Engine& engine, Value v) { return engine.heap().as<JSObject>(v); }

// Own enumerable string keys in property order (EnumerableOwnProperties, keys);
// nothing when a proxy's trap threw.
std::optional<std::vector<PropertyKey>> enumerableKeys(Engine& engine, Value object) {
  std::vector<PropertyKey> keys;
  auto own = ops::ownPropertyKeys(engine, object.asCell());
  if (engine.hasPendingException()) return std::nullopt;
  for (const auto& key : own) {
    if (!key.isIndex && key.atom.isSymbol()) continue;
    auto d = ops::getOwnProperty(engine, object.asCell(), key);
    if (engine.hasPendingException()) return std::nullopt;
    if (d && d->enumerable.value_or(false)) keys.push_back(key);
  }
  return keys;
}

// What a Number or String wrapper holds; undefined for anything else.
Value wrappedNumberOrString(Engine& engine, Value v) {
  if (!v.isObject() || engine.heap().get(v.asCell()).kind != CellKind::PrimitiveWrapper) return Value::undefined();
  const Value primitive = engine.heap().as<PrimitiveWrapperObject>(v).primitive;
  return primitive.isNumber() || primitive.isString() ? primitive : Value::undefined();
}

// --- JSON.parse ---

// How deeply JSON.stringify may nest: far beyond real data, well within an 8 MB stack
// even with the sanitizers' larger frames. (JSON.parse, as V8's, keeps its open
// arrays and objects on a stack of its own and nests as deep as memory allows.)
constexpr std::size_t kMaxJsonNesting = 4000;

class JsonParser {
 public:
  JsonParser(Engine& engine, const std::u16string& text) : engine_(engine), text_(text) {}

  // The value of the whole text, or Value::exception() with a SyntaxError pending.
  Value parse() {
    Value v = TRY(parseValue());
    skipWhitespace();
    if (pos_ < text_.size()) {
      return engine_.throwError(ErrorType::SyntaxError,
                                "Unexpected non-whitespace character after JSON at position " + std::to_string(pos_));
    }
    return v;
  }

 private:
  static constexpr std::size_t kContext = 10;

  Value fail(std::string_view message, std::size_t at) {
    return engine_.throwError(ErrorType::SyntaxError,
                              std::string(message) + " in JSON at position " + std::to_string(at));
  }

  // V8's message for a character no rule expected.
  Value unexpected(std::size_t at) {
    if (at >= text_.size()) return engine_.throwError(ErrorType::SyntaxError, "Unexpected end of JSON input");
    std::string source = toUtf8(text_);
    if (source == "undefined" || source == "NaN" || source == "Infinity" || source == "[object Object]") {
      return engine_.throwError(ErrorType::SyntaxError, "\"" + source + "\" is not valid JSON");
    }
    std::string token = toUtf8(text_.substr(at, 1));
    std::string shown;
    if (text_.size() <= 2 * kContext) {
      shown = "\"" + source + "\"";
    } else {
      std::size_t start = at >= kContext ? at - kContext : 0;
      std::size_t end = std::min(at + kContext, text_.size());
      shown = (start > 0 ? "...\"" : "\"") + toUtf8(text_.substr(start, end - start)) +
              (end < text_.size() ? "\"..." : "\"");
    }
    return engine_.throwError(ErrorType::SyntaxError,
                              "Unexpected token '" + token + "', " + shown + " is not valid JSON");
  }

  void skipWhitespace() {
    while (pos_ < text_.size() &&
           (text_[pos_] == u' ' || text_[pos_] == u'\t' || text_[pos_] == u'\n' || text_[pos_] == u'\r')) {
      ++pos_;
    }
  }

  bool at(char16_t c) const { return pos_ < text_.size() && text_[pos_] == c; }
  bool atDigit() const { return pos_ < text_.size() && text_[pos_] >= u'0' && text_[pos_] <= u'9'; }

  // A value; arrays and objects are read by parseNested, which this returns to only
  // for a value with no nesting.
  Value parseValue() {
    skipWhitespace();
    if (pos_ < text_.size() && (text_[pos_] == u'[' || text_[pos_] == u'{')) return parseNested();
    return parseScalar();
  }

  Value parseScalar() {
    skipWhitespace();
    if (pos_ >= text_.size()) return unexpected(pos_);
    switch (text_[pos_]) {
      case u'"': return parseString();
      case u't': return parseLiteral(u"true", Value::boolean(true));
      case u'f': return parseLiteral(u"false", Value::boolean(false));
      case u'n': return parseLiteral(u"null", Value::null());
      default:
        if (text_[pos_] == u'-' || atDigit()) return parseNumber();
        return unexpected(pos_);
    }
  }

  Value parseLiteral(std::u16string_view word, Value v) {
    for (char16_t c : word) {
      if (!at(c)) return unexpected(pos_);
      ++pos_;
    }
    return v;
  }

  Value parseNumber() {
    std::size_t start = pos_;
    if (at(u'-')) {
      ++pos_;
      if (!atDigit()) return fail("No number after minus sign", pos_);
    }
    if (at(u'0')) {
      ++pos_;
      if (atDigit()) return fail("Unexpected number", pos_);
    } else {
      while (atDigit()) ++pos_;
    }
    if (at(u'.')) {
      ++pos_;
      if (!atDigit()) return fail("Unterminated fractional number", pos_);
      while (atDigit()) ++pos_;
    }
    if (at(u'e') || at(u'E')) {
      ++pos_;
      if (at(u'+') || at(u'-')) ++pos_;
      if (!atDigit()) return fail("Exponent part is missing a number", pos_);
      while (atDigit()) ++pos_;
    }
    return Value::number(stringToNumber(std::u16string_view(text_).substr(start, pos_ - start)));
  }

  static int hexValue(char16_t c) {
    if (c >= u'0' && c <= u'9') return c - u'0';
    if (c >= u'a' && c <= u'f') return c - u'a' + 10;
    if (c >= u'A' && c <= u'F') return c - u'A' + 10;
    return -1;
  }

  // The text of a string token; nullopt with the error pending.
  std::optional<std::u16string> stringToken() {
    ++pos_;  // the opening quote
    std::u16string out;
    while (true) {
      if (pos_ >= text_.size()) {
        fail("Unterminated string", pos_);
        return std::nullopt;
      }
      char16_t c = text_[pos_];
      if (c == u'"') {
        ++pos_;
        return out;
      }
      if (c < 0x20) {
        fail("Bad control character in string literal", pos_);
        return std::nullopt;
      }
      if (c != u'\\') {
        out += c;
        ++pos_;
        continue;
      }
      ++pos_;
      char16_t e = pos_ < text_.size() ? text_[pos_] : u'\0';
      switch (e) {
        case u'"': out += u'"'; break;
        case u'\\': out += u'\\'; break;
        case u'/': out += u'/'; break;
        case u'b': out += u'\b'; break;
        case u'f': out += u'\f'; break;
        case u'n': out += u'\n'; break;
        case u'r': out += u'\r'; break;
        case u't': out += u'\t'; break;
        case u'u': {
          char16_t unit = 0;
          for (int i = 0; i < 4; ++i) {
            ++pos_;
            int h = pos_ < text_.size() ? hexValue(text_[pos_]) : -1;
            if (h < 0) {
              fail("Bad Unicode escape", pos_);
              return std::nullopt;
            }
            unit = static_cast<char16_t>(unit * 16 + h);
          }
          out += unit;
          break;
        }
        default:
          if (pos_ >= text_.size()) {
            fail("Unterminated string", pos_);
          } else {
            fail("Bad escaped character", pos_);
          }
          return std::nullopt;
      }
      ++pos_;
    }
  }

  Value parseString() {
    auto text = stringToken();
    if (!text) return Value::exception();
    return engine_.newString(std::move(*text));
  }

  // An array or object being read: its values so far, and for an object the name
  // of the value being read.
  struct Open {
    Value container;
    bool isObject;
    Value name;
  };

  // After a property name: the ':' and the name as a key.
  Value propertyName() {
    auto name = stringToken();
    if (!name) return Value::exception();
    skipWhitespace();
    if (!at(u':')) return fail("Expected ':' after property name", pos_);
    ++pos_;
    return engine_.heap().intern(*name);
  }

  // Opens the array or object at pos_; the value itself when it is empty.
  std::optional<Value> open(std::vector<Open>& opened) {
    const bool isObject = text_[pos_] == u'{';
    ++pos_;
    Value container = isObject ? engine_.newObject() : engine_.newArray();
    skipWhitespace();
    if (at(isObject ? u'}' : u']')) {
      ++pos_;
      return container;
    }
    Value name = Value::undefined();
    if (isObject) {
      if (!at(u'"')) return fail("Expected property name or '}'", pos_);
      name = propertyName();
      if (name.isException()) return name;
    }
    opened.push_back({container, isObject, name});
    return std::nullopt;
  }

  void add(const Open& into, Value v) {
    JSObject& container = objectOf(engine_, into.container);
    if (into.isObject) {
      ops::createDataProperty(engine_, into.container.asCell(), *ops::toPropertyKey(engine_, into.name), v);
      return;
    }
    engine_.heap().noteElementsFrom(container, static_cast<std::uint32_t>(container.elements.size()));
    container.elements.push_back(v);
  }

  // Arrays and objects, however deep, with a stack of the open ones rather than a
  // recursion on the C++ stack, as V8's JsonParser reads them.
  Value parseNested() {
    std::vector<Open> opened;
    while (true) {
      skipWhitespace();
      std::optional<Value> value;
      if (pos_ < text_.size() && (text_[pos_] == u'[' || text_[pos_] == u'{')) {
        value = open(opened);
        if (!value) continue;  // its first value comes next
      } else {
        value = parseScalar();
      }
      Value v = TRY(*value);
      // The value completes its container's entry, and maybe the container itself.
      while (true) {
        if (opened.empty()) return v;
        Open& top = opened.back();
        add(top, v);
        skipWhitespace();
        if (at(u',')) {
          ++pos_;
          if (top.isObject) {
            skipWhitespace();
            if (!at(u'"')) return fail("Expected double-quoted property name", pos_);
            top.name = TRY(propertyName());
          }
          break;
        }
        if (!at(top.isObject ? u'}' : u']')) {
          return fail(top.isObject ? "Expected ',' or '}' after property value" : "Expected ',' or ']' after array element",
                      pos_);
        }
        ++pos_;
        v = top.container;
        if (!top.isObject) engine_.heap().reaccount(objectOf(engine_, v));
        opened.pop_back();
      }
    }
  }

  Engine& engine_;
  const std::u16string& text_;
  std::size_t pos_ = 0;
};

// InternalizeJSONProperty: the reviver sees every value bottom-up.
Value internalize(Engine& engine, Value holder, const PropertyKey& name, Value reviver) {
  Value v = TRY(ops::get(engine, holder, name));
  Interpreter::Pin pin(engine.interpreter(), v);
  if (v.isObject()) {
    std::vector<PropertyKey> keys;
    auto isArray = ops::isArray(engine, v);
    if (!isArray) return Value::exception();
    if (*isArray) {
      auto length = lengthOfArrayLike(engine, v);
      if (!length) return Value::exception();
      if (!engine.interpreter().countIteration(static_cast<std::uint64_t>(std::min(*length, 1e15)))) {
        return Value::exception();
      }
      for (double i = 0; i < *length; ++i) keys.push_back(indexKey(engine, i));
    } else {
      auto enumerable = enumerableKeys(engine, v);
      if (!enumerable) return Value::exception();
      keys = std::move(*enumerable);
    }
    for (const auto& key : keys) {
      Value element = TRY(internalize(engine, v, key, reviver));
      bool ok = element.isUndefined() ? ops::deleteProperty(engine, v.asCell(), key)
                                      : ops::createDataProperty(engine, v.asCell(), key, element);
      if (!ok && engine.hasPendingException()) return Value::exception();
    }
  }
  Value args[] = {ops::keyToValueUninterned(engine, name), v};
  return engine.call(reviver, holder, args);
}

Value jsonParse(NativeCall& call) {
  Engine& engine = call.engine;
  Value text = TRY(toString(engine, call.arg(0)));
  Interpreter::Pin pinText(engine.interpreter(), text);
  std::u16string source = engine.heap().text(text);
  JsonParser parser(engine, source);
  Value result = parser.parse();
  if (result.isException() || !engine.isCallable(call.arg(1))) return result;
  Value root = engine.newObject();
  Interpreter::Pin pinRoot(engine.interpreter(), root);
  PropertyKey empty = PropertyKey::fromAtom(engine.atoms().empty);
  ops::createDataProperty(engine, root.asCell(), empty, result);
  return internalize(engine, root, empty, call.arg(1));
}

// --- JSON.stringify ---

class JsonSerializer {
 public:
  JsonSerializer(Engine& engine, Value replacer) : engine_(engine), replacer_(replacer) {}

  std::optional<PropertyKey> setup(Value replacer, Value space) {
    if (!engine_.isCallable(replacer)) replacer_ = Value::undefined();
    if (ops::isArray(engine_, replacer).value_or(false)) {
      hasPropertyList_ = true;
      auto length = lengthOfArrayLike(engine_, replacer);
      for (double i = 0; i < *length; ++i) {
        if (!engine_.interpreter().countIteration()) return std::nullopt;
        Value v = ops::get(engine_, replacer, indexKey(engine_, i));
        if (v.isException()) return std::nullopt;
        if (!v.isString() && !v.isNumber() && wrappedNumberOrString(engine_, v).isUndefined()) continue;
        Value s = toString(engine_, v);
        auto key = ops::toPropertyKey(engine_, s);
        if (!key) return std::nullopt;
        bool seen = false;
        for (const auto& k : propertyList_)
          seen = seen || (k.isIndex == key->isIndex && k.index == key->index && k.atom == key->atom);
        if (!seen) propertyList_.push_back(*key);
      }
    }
    if (space.isNumber()) {
      double n = std::min(10.0, toIntegerOrInfinity(engine_, space));
      if (n >= 1) gap_ = std::string(static_cast<std::size_t>(n), ' ');
    } else if (space.isString()) {
      gap_ = toUtf8(engine_.heap().text(space).substr(0, 10));
    }
    return PropertyKey::fromAtom(engine_.atoms().empty);
  }

  // SerializeJSONProperty: false when the value is not serialisable (undefined).
  std::optional<bool> serialize(Value holder, const PropertyKey& key, std::string& out) {
    Value v = ops::get(engine_, holder, key);
    if (v.isException()) return std::nullopt;
    return serializeValue(holder, key, v, out);
  }

  std::optional<bool> serializeValue(Value holder, const PropertyKey& key, Value v, std::string& out) {
    if (v.isObject() || v.isBigInt()) {
      Interpreter::Pin pin(engine_.interpreter(), v);
      Value toJSON = ops::get(engine_, v, PropertyKey::fromAtom(engine_.atoms().toJSON));
      if (toJSON.isException()) return std::nullopt;
      if (engine_.isCallable(toJSON)) {
        Value args[] = {ops::keyToValueUninterned(engine_, key)};
        v = engine_.call(toJSON, v, args);
        if (v.isException()) return std::nullopt;
      }
    }
    if (!replacer_.isUndefined()) {
      Interpreter::Pin pin(engine_.interpreter(), v);
      Value args[] = {ops::keyToValueUninterned(engine_, key), v};
      v = engine_.call(replacer_, holder, args);
      if (v.isException()) return std::nullopt;
    }
    v = unwrapPrimitive(v);
    if (v.isException()) return std::nullopt;
    if (v.isBigInt()) {
      engine_.throwError(ErrorType::TypeError, "Do not know how to serialize a BigInt");
      return std::nullopt;
    }
    if (v.isNull()) {
      out += "null";
    } else if (v.isBoolean()) {
      out += v.asBoolean() ? "true" : "false";
    } else if (v.isString()) {
      out += quoteJsonString(engine_.heap().text(v));
    } else if (v.isNumber()) {
      out += std::isfinite(v.asNumber()) ? numberToString(v.asNumber()) : "null";
    } else if (v.isObject() && !engine_.isCallable(v)) {
      Interpreter::Pin pin(engine_.interpreter(), v);
      if (!enter(v, key)) return std::nullopt;
      auto isArray = ops::isArray(engine_, v);
      if (!isArray) return std::nullopt;
      bool ok = *isArray ? serializeArray(v, out) : serializeObject(v, out);
      stack_.pop_back();
      if (!ok) return std::nullopt;
    } else {
      return false;
    }
    return true;
  }

  // A Number, String, Boolean or BigInt object serialises as the primitive it
  // holds (the first two through ToNumber and ToString, which may run its methods).
  Value unwrapPrimitive(Value v) {
    if (!v.isObject() || engine_.heap().get(v.asCell()).kind != CellKind::PrimitiveWrapper) return v;
    Value primitive = engine_.heap().as<PrimitiveWrapperObject>(v).primitive;
    if (primitive.isNumber()) {
      double d = toNumber(engine_, v);
      return engine_.hasPendingException() ? Value::exception() : Value::number(d);
    }
    if (primitive.isString()) return toString(engine_, v);
    return primitive.isSymbol() ? v : primitive;
  }

 private:
  struct Level {
    Value object;
    PropertyKey key;  // how its holder reached it
  };

  std::string describeKey(const PropertyKey& key) {
    if (key.isIndex) return "index " + std::to_string(key.index);
    return "property '" + stringText(engine_, key.atom) + "'";
  }

  std::string constructorName(Value object) {
    Value constructor = ops::get(engine_, object, PropertyKey::fromAtom(engine_.atoms().constructor));
    if (constructor.isException()) {
      engine_.takePendingException();
      return "Object";
    }
    if (engine_.isCallable(constructor)) {
      Value name = ops::get(engine_, constructor, PropertyKey::fromAtom(engine_.atoms().name));
      if (name.isString()) return stringText(engine_, name);
    }
    return "Object";
  }

  // Pushes `object` onto the stack, or throws V8's circular-structure TypeError
  // naming the path around the cycle (or a RangeError past kMaxJsonNesting levels,
  // since serialising recurses on the C++ stack).
  bool enter(Value object, const PropertyKey& key) {
    if (stack_.size() >= kMaxJsonNesting) {
      engine_.throwError(ErrorType::RangeError, "Maximum call stack size exceeded");
      return false;
    }
    for (std::size_t i = 0; i < stack_.size(); ++i) {
      if (stack_[i].object != object) continue;
      std::string message = "Converting circular structure to JSON\n    --> starting at object with constructor '" +
                            constructorName(stack_[i].object) + "'";
      for (std::size_t j = i + 1; j < stack_.size(); ++j) {
        message += "\n    |     " + describeKey(stack_[j].key) + " -> object with constructor '" +
                   constructorName(stack_[j].object) + "'";
      }
      message += "\n    --- " + describeKey(key) + " closes the circle";
      engine_.throwError(ErrorType::TypeError, message);
      return false;
    }
    stack_.push_back({object, key});
    return true;
  }

  bool serializeObject(Value object, std::string& out) {
    std::string stepback = indent_;
    indent_ += gap_;
    auto keys = hasPropertyList_ ? propertyList_ : enumerableKeys(engine_, object);
    if (!keys) return false;
    bool any = false;
    out += '{';
    for (const auto& key : *keys) {
      if (!engine_.interpreter().countIteration()) return false;
      std::string member = quoteJsonString(engine_.heap().text(ops::keyToValueUninterned(engine_, key)));
      member += gap_.empty() ? ":" : ": ";
      auto written = serialize(object, key, member);
      if (!written) return false;
      if (!*written) continue;
      if (any) out += ',';
      if (!gap_.empty()) out += "\n" + indent_;
      out += member;
      any = true;
    }
    if (any && !gap_.empty()) out += "\n" + stepback;
    out += '}';
    indent_ = stepback;
    return true;
  }

  bool serializeArray(Value array, std::string& out) {
    std::string stepback = indent_;
    indent_ += gap_;
    auto length = lengthOfArrayLike(engine_, array);
    if (!length) return false;
    out += '[';
    for (double i = 0; i < *length; ++i) {
      if (!engine_.interpreter().countIteration()) return false;
      if (i > 0) out += ',';
      if (!gap_.empty()) out += "\n" + indent_;
      auto written = serialize(array, indexKey(engine_, i), out);
      if (!written) return false;
      if (!*written) out += "null";
    }
    if (*length > 0 && !gap_.empty()) out += "\n" + stepback;
    out += ']';
    indent_ = stepback;
    return true;
  }

  Engine& engine_;
  Value replacer_;
  bool hasPropertyList_ = false;
  std::vector<PropertyKey> propertyList_;
  std::string gap_;
  std::string indent_;
  std::vector<Level> stack_;
};

Value jsonStringify(NativeCall& call) {
  Engine& engine = call.engine;
  Value space = call.arg(2);
  // A Number or String wrapper counts as its number or string (by ToNumber or
  // ToString, which may run its valueOf or toString); any other object, as no gap.
  if (const Value wrapped = wrappedNumberOrString(engine, space); wrapped.isNumber()) {
    const double n = toNumber(engine, space);
    if (engine.hasPendingException()) return Value::exception();
    space = Value::number(n);
  } else if (wrapped.isString()) {
    space = TRY(toString(engine, space));
  }
  Interpreter::Pin pinSpace(engine.interpreter(), space);
  JsonSerializer serializer(engine, call.arg(1));
  auto rootKey = serializer.setup(call.arg(1), space);
  if (!rootKey) return Value::exception();
  Value wrapper = engine.newObject();
  Interpreter::Pin pinWrapper(engine.interpreter(), wrapper);
  ops::createDataProperty(engine, wrapper.asCell(), *rootKey, call.arg(0));
  std::string out;
  auto written = serializer.serializeValue(wrapper, *rootKey, call.arg(0), out);
  if (!written) return Value::exception();
  if (!*written) return Value::undefined();
  return engine.newString(out);
}

}  // namespace

void installJsonBuiltins(Engine& engine) {
  Value json = engine.newObject();
  CellId j = json.asCell();
  defineMethod(engine, j, "parse", jsonParse, 2);
  defineMethod(engine, j, "stringify", jsonStringify, 3);
  ops::defineOwnProperty(engine, j, PropertyKey::fromAtom(engine.realm().symbols.toStringTag),
                         PropertyDescriptor::data(engine.intern("JSON"), kConfigurable), false);
  defineValue(engine, engine.intrinsic(Intrinsic::GlobalObject), "JSON", json);
}

}  // namespace reachable
