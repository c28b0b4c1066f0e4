#pragma once

#include <span>
#include <string>

#include "engine/Engine.h"
#include "scenario/Scenario.h"
#include "text/SourcePosition.h"

namespace reachable {

// The label a scenario gives the objects made at `where`: the label naming its line
// and column, else the one naming its line alone; null when none does.
const std::string* labelFor(std::span<const ObjectLabel> labels, const SourcePosition& where);

// What the heap view calls an object: the label the heap gave it (a host stub's
// result), else the scenario's label for where it was allocated (which needs
// EngineOptions::trackAllocationSites); null when it has none.
const std::string* objectLabel(const Engine& engine, std::span<const ObjectLabel> labels, CellId id);

}  // namespace reachable
