#pragma once

#include "DirectoryListing.h"
#include "PanelFrame.h"

#include <filesystem>
#include <optional>
#include <string>

namespace reachable {

// The Open, Save As and Export dialogs, drawn with ImGui (Debian packages no file
// dialog library): the folder's subfolders and the files the program opens, a path
// to type into, and for saving a file name.
class FileDialog {
 public:
  enum class Purpose { Open, SaveAs, ExportPng };

  void show(Purpose purpose, const std::filesystem::path& directory, const std::string& fileName = "");
  void close() { visible_ = false; }
  bool visible() const { return visible_; }
  Purpose purpose() const { return purpose_; }

  // Draws the dialog while it is shown; returns the file chosen, once.
  std::optional<std::filesystem::path> draw(const PanelContext& context);

 private:
  void enter(const std::filesystem::path& directory);
  std::optional<std::filesystem::path> drawEntries(const PanelContext& context);
  std::optional<std::filesystem::path> drawFooter();

  bool visible_ = false;
  bool justShown_ = false;
  Purpose purpose_ = Purpose::Open;
  std::optional<DirectoryListing> listing_;
  std::string typedDirectory_;
  std::string fileName_;
};

}  // namespace reachable
