#pragma once

#include "engine/Engine.h"

namespace reachable {

// The global structuredClone(value, options).
void installStructuredClone(Engine& engine);

}  // namespace reachable
