#pragma once

#include <string>

#include "engine/Engine.h"
#include "engine/PropertyKey.h"

namespace reachable {

// A class's private names (#x), with their brand checks. A private name is a private
// symbol; what it names lives on the object itself under that key, fields as data
// properties and (copied there when the instance is initialized, as V8 brands it)
// methods and accessors. Every access is a lookup of the object's own properties only,
// and a miss throws the TypeError V8 throws:
//   Cannot read private member #x from an object whose class did not declare it
//   Cannot write private member #x to an object whose class did not declare it
//   Receiver must be an instance of class A      (a private method or accessor)
//   Receiver must be class A                     (a static one, reached through a subclass)
// and a private method cannot be assigned, an accessor lacking a getter or setter
// cannot be read or written.

bool isPrivateName(Engine& engine, const PropertyKey& key);
// "#x", as messages name a private name.
std::string privateNameText(Engine& engine, Value name);

// obj.#x, obj.#x = v. `base` is not null or undefined (the caller says so in V8's
// words). Exceptions as Value::exception() and false.
Value getPrivate(Engine& engine, Value base, const PropertyKey& key);
bool setPrivate(Engine& engine, Value base, const PropertyKey& key, Value value);

// A field initializer's #x = v: TypeError when the object already has #x (a
// constructor that returned an object twice initialized).
bool definePrivateField(Engine& engine, CellId object, const PropertyKey& key, Value value);

// #x in obj (obj an object).
bool hasPrivate(Engine& engine, CellId object, const PropertyKey& key);

// Copies the private methods and accessors that the class defined on `prototype`
// onto a new instance, which brands it; TypeError when it was branded already.
bool initializePrivateMethods(Engine& engine, CellId instance, CellId prototype);

}  // namespace reachable
