// Fuzz target: the scenario loader. Any bytes, read as a JSON scenario file the way
// `reachable-cli check` reads one; a scenario that loads is also exported for Node.

#include "FuzzInput.h"
#include "lesson/LessonFile.h"
#include "scenario/NodeExport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace reachable;
  const LessonFile file = readLessonFile("fuzz.json", fuzz::asText(data, size));
  if (file.ok()) (void)exportForNode(*file.scenario);
  return 0;
}
