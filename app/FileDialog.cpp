#include "FileDialog.h"

#include <imgui_stdlib.h>

namespace reachable {
namespace {

const char* titleOf(FileDialog::Purpose purpose) {
  switch (purpose) {
    case FileDialog::Purpose::Open: return "Open a scenario or program###file";
    case FileDialog::Purpose::SaveAs: return "Save As###file";
    case FileDialog::Purpose::ExportPng: return "Export the heap view as PNG###file";
  }
  return "###file";
}

}  // namespace

void FileDialog::show(Purpose purpose, const std::filesystem::path& directory, const std::string& fileName) {
  purpose_ = purpose;
  fileName_ = fileName;
  visible_ = true;
  justShown_ = true;
  enter(directory);
}

void FileDialog::enter(const std::filesystem::path& directory) {
  listing_.emplace(directory.lexically_normal());
  typedDirectory_ = listing_->directory().string();
}

std::optional<std::filesystem::path> FileDialog::draw(const PanelContext& context) {
  if (!visible_) return std::nullopt;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(viewport->Size.x * 0.6f, viewport->Size.y * 0.7f), ImGuiCond_Appearing);
  if (justShown_) ImGui::SetNextWindowFocus();
  justShown_ = false;
  std::optional<std::filesystem::path> chosen;
  if (ImGui::Begin(titleOf(purpose_), &visible_, ImGuiWindowFlags_NoCollapse)) {
    ImGui::SetNextItemWidth(-context.style.pixels(70));
    if (ImGui::InputText("##folder", &typedDirectory_, ImGuiInputTextFlags_EnterReturnsTrue)) enter(typedDirectory_);
    ImGui::SameLine();
    if (ImGui::Button("Up")) enter(listing_->directory().parent_path());
    const float footer = ImGui::GetFrameHeightWithSpacing() * 1.3f;
    ImGui::BeginChild("entries", ImVec2(0, -footer), true);
    chosen = drawEntries(context);
    ImGui::EndChild();
    if (!chosen) chosen = drawFooter();
  }
  ImGui::End();
  if (chosen) visible_ = false;
  return chosen;
}

std::optional<std::filesystem::path> FileDialog::drawEntries(const PanelContext& context) {
  if (!listing_->error().empty()) mutedText(context, listing_->error());
  std::optional<std::filesystem::path> next;
  std::optional<std::filesystem::path> chosen;
  for (const auto& entry : listing_->entries()) {
    const std::string label = entry.isDirectory ? entry.name + "/" : entry.name;
    const bool picked = !entry.isDirectory && entry.name == fileName_;
    if (ImGui::Selectable(label.c_str(), picked, ImGuiSelectableFlags_AllowDoubleClick)) {
      if (entry.isDirectory)
        next = listing_->directory() / entry.name;
      else
        fileName_ = entry.name;
      if (!entry.isDirectory && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && purpose_ == Purpose::Open)
        chosen = listing_->directory() / entry.name;
    }
  }
  if (next) enter(*next);  // after the loop: entering replaces the listing being drawn
  return chosen;
}

std::optional<std::filesystem::path> FileDialog::drawFooter() {
  ImGui::SetNextItemWidth(-ImGui::CalcTextSize("Cancel  Export").x - ImGui::GetStyle().ItemSpacing.x * 6);
  const bool entered = ImGui::InputText("##name", &fileName_, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  const char* action = purpose_ == Purpose::Open ? "Open" : purpose_ == Purpose::SaveAs ? "Save" : "Export";
  const bool confirmed = ImGui::Button(action) || entered;
  ImGui::SameLine();
  if (ImGui::Button("Cancel")) visible_ = false;
  if (!confirmed || fileName_.empty()) return std::nullopt;
  const std::filesystem::path typed(fileName_);
  return typed.is_absolute() ? typed : listing_->directory() / typed;
}

}  // namespace reachable
