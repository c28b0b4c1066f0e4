#pragma once

#include <string_view>

#include "engine/Engine.h"

namespace reachable {

// A DOMException, the error Node's web APIs throw (structuredClone's
// DataCloneError): an Error whose name is the exception's kind and whose `code` is
// the legacy number the DOM gives that kind (0 for the newer kinds).
Value newDOMException(Engine& engine, std::string_view message, std::string_view name);

// DOMException.prototype and its constructor. The constructor is reached through an
// exception's `constructor`, not as a global: the rest of Node's DOM is not here.
void installDOMException(Engine& engine);

}  // namespace reachable
