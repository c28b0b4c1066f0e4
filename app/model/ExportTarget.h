#pragma once

#include <filesystem>
#include <string>

namespace reachable {

// Where the heap picture goes without asking (Ctrl+E): the folder last exported into,
// else the user's Pictures folder, else home, else the system's temporary folder;
// never the program's own folder or a folder of lessons (the build embeds every
// *.json of scenarios/, and a teacher's lesson folder is no place for pictures).
std::filesystem::path exportFolder(const std::filesystem::path& last, const std::filesystem::path& home,
                                   const std::filesystem::path& programFolder);

// Whether pictures may be written into `folder` as above: an existing folder, not the
// program's, holding no lesson.
bool acceptsPictures(const std::filesystem::path& folder, const std::filesystem::path& programFolder);

// STEM.png in `folder`, or STEM-2.png, STEM-3.png … where such a file exists: an
// export never overwrites an earlier one.
std::filesystem::path freshPicture(const std::filesystem::path& folder, const std::string& stem);

}  // namespace reachable
