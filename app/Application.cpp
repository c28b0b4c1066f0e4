#include "Application.h"

#include "ExportTarget.h"

#include "Gui.h"
#include "HeapPanel.h"
#include "HelpOverlay.h"
#include "Screenshot.h"
#include "SidePanels.h"
#include "TransportBar.h"
#include "Window.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iostream>

namespace reachable {
namespace {

// How often the open file is checked for changes, and how long a notice stays.
constexpr double kFilePollSeconds = 1.0;
constexpr double kNoticeSeconds = 4.0;

constexpr ImGuiWindowFlags kHostFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings |
                                        ImGuiWindowFlags_NoScrollWithMouse;

std::filesystem::path absolutePath(const std::filesystem::path& file) {
  std::error_code error;
  const auto path = std::filesystem::absolute(file, error);
  return error ? file : path.lexically_normal();
}

ShownPanels shownPanels(const Session& session) {
  const auto& scenario = session.document().scenario();
  if (!scenario || scenario->view.panels.empty()) return {};
  const auto asks = [&](Panel panel) { return std::ranges::find(scenario->view.panels, panel) != scenario->view.panels.end(); };
  return {asks(Panel::Code), asks(Panel::Narration), asks(Panel::Console)};
}

// ImGui's own key callback, which Application's passes every key on to.
GLFWkeyfun previousKeyCallback = nullptr;

std::string pictureStem(const Session& session) {
  const std::string stem = std::filesystem::path(session.document().name()).stem().string();
  return (stem.empty() ? "reachable" : stem) + "-step-" + std::to_string(session.player().step());
}

std::filesystem::path homeFolder() {
  const char* home = std::getenv("HOME");
  return home ? std::filesystem::path(home) : std::filesystem::path();
}

// Where the program runs from: no place for pictures (ExportTarget.h).
std::filesystem::path programFolder() {
  std::error_code error;
  const auto program = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::filesystem::path() : program.parent_path();
}

}  // namespace

Application::Application(Window& window, Gui& gui, Settings settings,
                         std::optional<std::filesystem::path> settingsDirectory)
    : window_(window),
      gui_(gui),
      settings_(std::move(settings)),
      settingsDirectory_(std::move(settingsDirectory)),
      style_(Style::forTheme(settings_.theme, static_cast<float>(settings_.scale))) {
  style_.applyToImGui();
  session_.player().setSpeed(settings_.speed);
  heap_.setShowEngineObjects(settings_.showEngineObjects);
  glfwSetWindowUserPointer(window_.handle(), this);
  glfwSetDropCallback(window_.handle(), &Application::onDrop);
  previousKeyCallback = glfwSetKeyCallback(window_.handle(), &Application::onKey);
}

void Application::onKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
  if (auto* application = static_cast<Application*>(glfwGetWindowUserPointer(window));
      application && action != GLFW_RELEASE)
    application->keyPresses_.push_back({key, (mods & GLFW_MOD_CONTROL) != 0, action == GLFW_REPEAT});
  if (previousKeyCallback) previousKeyCallback(window, key, scancode, action, mods);
}

Application::~Application() {
  glfwSetDropCallback(window_.handle(), nullptr);
  glfwSetKeyCallback(window_.handle(), previousKeyCallback);
  if (!window_.fullScreen() && settingsDirectory_) {
    const PixelSize size = window_.size();
    settings_.windowWidth = size.width;
    settings_.windowHeight = size.height;
  }
  remember();
}

bool Application::open(const std::optional<std::filesystem::path>& file) {
  // The default scenario first, so that a start-up file with errors still leaves
  // something on screen beside its errors.
  if (const CatalogueEntry* entry = catalogue_.defaultEntry()) openBundled(*entry);
  if (file) openFile(*file);
  return session_.document().errors().empty();
}

void Application::openFile(const std::filesystem::path& file) {
  const auto path = absolutePath(file);
  code_.stopEditing();
  session_.openFile(path);
  // Every file-system question with an error code: a symlink loop, a name too long or
  // a folder it may not enter is the error panel's to show, never an exception.
  std::error_code error;
  if (std::filesystem::is_regular_file(path, error)) {
    settings_.recentFiles.add(path);
    remember();
  }
}

void Application::openBundled(const CatalogueEntry& entry) {
  code_.stopEditing();
  session_.openBundled(entry);
}

void Application::onDrop(GLFWwindow* window, int count, const char** paths) {
  auto* application = static_cast<Application*>(glfwGetWindowUserPointer(window));
  // Several files: the last one dropped is the one the learner looks at.
  if (application && count > 0) application->openFile(paths[count - 1]);
}

void Application::beforeFrame(double seconds) {
  if (pendingScale_) {
    settings_.scale = *pendingScale_;
    pendingScale_.reset();
    gui_.setScale(static_cast<float>(settings_.scale));
    style_ = Style::forTheme(settings_.theme, static_cast<float>(settings_.scale));
    style_.applyToImGui();
    remember();
  }
  sinceFilePoll_ += seconds;
  if (sinceFilePoll_ >= kFilePollSeconds) {
    sinceFilePoll_ = 0;
    if (session_.reloadIfChanged()) notify("Reloaded " + session_.document().name());
  }
  noticeSeconds_ = std::max(0.0, noticeSeconds_ - seconds);
  session_.followRecording();
  session_.player().advance(seconds, heap_.animating());
}

bool Application::animating() const { return session_.player().moving() || heap_.animating() || noticeSeconds_ > 0; }

void Application::recordFrame(bool on) {
  recordFrame_ = on;
  heap_.recordDrawn(on);
}

void Application::buildFrame() {
  report_ = {};
  report_.step = session_.player().step();
  report_.lastStep = session_.player().lastStep();
  report_.recording = session_.recording();
  const PanelContext context{style_, gui_.fonts(), recordFrame_ ? &report_ : nullptr, presentation_};
  handleKeys();
  float menuHeight = 0;
  if (!presentation_) {
    const auto& scenario = session_.document().scenario();
    const MenuChoice choice = drawMenuBar(
        context, {scenario ? scenario->title : "Reachable", settings_.theme, settings_.scale,
                  !session_.document().path().empty(), settings_.showEngineObjects, settings_.exportTwice,
                  settings_.recentFiles, catalogue_});
    menuHeight = ImGui::GetFrameHeight();
    apply(choice);
  }
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const PanelRect area{{viewport->Pos.x, viewport->Pos.y + menuHeight},
                       {viewport->Size.x, viewport->Size.y - menuHeight}};
  ImGui::SetNextWindowPos(area.position);
  ImGui::SetNextWindowSize(area.size);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, style_.background);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::Begin("Reachable", nullptr, kHostFlags);
  ImGui::PopStyleVar(3);
  ImGui::PopStyleColor();
  const MainLayout layout =
      MainLayout::compute(area, style_.gap(), transportBarHeight(style_), presentation_, shownPanels(session_));
  drawPanels(layout, context);
  ImGui::End();
  if (drawingPicture_) return;  // the picture is of the heap alone
  drawHelpOverlay(context, help_);
  if (const auto chosen = dialog_.draw(context)) {
    switch (dialog_.purpose()) {
      case FileDialog::Purpose::Open: openFile(*chosen); break;
      case FileDialog::Purpose::SaveAs: saveAs(*chosen); break;
      case FileDialog::Purpose::ExportPng: exportHeap(absolutePath(*chosen)); break;
    }
  }
}

void Application::drawPanels(const MainLayout& layout, const PanelContext& context) {
  if (layout.code.size.x > 0) code_.draw(layout.code, context, session_);
  if (layout.narration.size.x > 0) drawNarrationPanel(layout.narration, context, session_);
  heapRect_ = layout.heap;
  heap_.draw(layout.heap, context, session_);
  if (const std::size_t errors = errorCount(session_); errors > 0) {
    const float height = std::min(layout.heap.size.y * 0.4f,
                                  ImGui::GetTextLineHeightWithSpacing() * (3.5f + static_cast<float>(errors)));
    const float inset = style_.gap();
    drawErrorPanel({{layout.heap.position.x + inset, layout.heap.position.y + layout.heap.size.y - height - inset},
                    {layout.heap.size.x - 2 * inset, height}},
                   context, session_);
  }
  if (!drawingPicture_) drawNotice(layout, context);
  if (layout.presentation) return;
  if (layout.console.size.x > 0) drawConsolePanel(layout.console, context, session_);
  drawCallStackPanel(layout.callStack, context, session_);
  drawEventLoopPanel(layout.eventLoop, context, session_);
  drawMemoryPanel(layout.memory, context, session_);
  drawTransportBar(layout.transport, context, session_);
}

void Application::drawNotice(const MainLayout& layout, const PanelContext& context) {
  if (noticeSeconds_ <= 0 || notice_.empty()) return;
  const ImVec2 size = ImGui::CalcTextSize(notice_.c_str());
  const float pad = style_.pixels(10);
  const ImVec2 at(layout.heap.position.x + (layout.heap.size.x - size.x) * 0.5f - pad,
                  layout.heap.position.y + style_.pixels(44));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(at, ImVec2(at.x + size.x + 2 * pad, at.y + size.y + 2 * pad), context.style.accent,
                      style_.pixels(6));
  draw->AddText(ImVec2(at.x + pad, at.y + pad), context.style.accentText, notice_.c_str());
}

void Application::handleKeys() {
  const bool typing = ImGui::GetIO().WantTextInput;
  const std::vector<KeyPress> presses = std::move(keyPresses_);
  keyPresses_.clear();
  for (const KeyPress& press : presses) {
    const auto command = commandForKey(press.key, press.control, typing);
    // Only stepping repeats, so that holding an arrow walks through the steps.
    if (!command || (press.repeat && *command != Command::StepForward && *command != Command::StepBack)) continue;
    run(*command);
  }
}

void Application::run(Command command) {
  Player& player = session_.player();
  switch (command) {
    case Command::PlayPause: player.togglePlay(); break;
    case Command::StepForward: player.stepForward(); break;
    case Command::StepBack: player.stepBack(); break;
    case Command::ToStart: player.toStart(); break;
    case Command::ToEnd: player.toEnd(); break;
    case Command::CollectNow:
      session_.collectNow();
      // The player moves on to the mark once the new recording has it.
      notify("Collected after step " + std::to_string(session_.injectedCollection().value_or(0)));
      break;
    case Command::Rerun: rerun(); break;
    case Command::Open: dialog_.show(FileDialog::Purpose::Open, dialogDirectory()); break;
    case Command::Save: save(); break;
    case Command::ExportPng:
      exportHeap(freshPicture(exportFolder(settings_.exportFolder, homeFolder(), programFolder()), pictureStem(session_)));
      break;
    case Command::ScaleUp: setScale(UiScale::larger(settings_.scale)); break;
    case Command::ScaleDown: setScale(UiScale::smaller(settings_.scale)); break;
    case Command::ScaleReset: setScale(UiScale::kDefault); break;
    case Command::Presentation: togglePresentation(); break;
    case Command::Help: help_ = !help_; break;
    case Command::Close:
      if (help_)
        help_ = false;
      else if (dialog_.visible())
        dialog_.close();
      else if (presentation_)
        togglePresentation();
      break;
  }
}

void Application::apply(const MenuChoice& choice) {
  if (choice.command) run(*choice.command);
  if (choice.scenario) openBundled(*choice.scenario);
  if (choice.recentFile) openFile(*choice.recentFile);
  if (choice.reload && session_.document().reload()) session_.rerun(session_.document().scenario()->program);
  if (choice.editProgram && session_.document().scenario()) code_.startEditing(session_.document().scenario()->program);
  if (choice.saveAs) dialog_.show(FileDialog::Purpose::SaveAs, dialogDirectory(), session_.document().name());
  if (choice.exportTo)
    dialog_.show(FileDialog::Purpose::ExportPng, exportFolder(settings_.exportFolder, homeFolder(), programFolder()),
                 pictureStem(session_) + ".png");
  if (choice.toggleEngineObjects) {
    settings_.showEngineObjects = !settings_.showEngineObjects;
    heap_.setShowEngineObjects(settings_.showEngineObjects);
    remember();
  }
  if (choice.toggleExportTwice) {
    settings_.exportTwice = !settings_.exportTwice;
    remember();
  }
  if (choice.clearRecent) {
    settings_.recentFiles.clear();
    remember();
  }
  if (choice.theme) {
    settings_.theme = *choice.theme;
    style_ = Style::forTheme(settings_.theme, static_cast<float>(settings_.scale));
    style_.applyToImGui();
    remember();
  }
  if (choice.quit) quit_ = true;
}

void Application::rerun() {
  if (!code_.editing()) {
    session_.rerun(session_.document().scenario() ? session_.document().scenario()->program : "");
    return;
  }
  if (session_.rerun(code_.editedProgram())) code_.stopEditing();
}

void Application::save() {
  if (session_.document().path().empty()) {
    dialog_.show(FileDialog::Purpose::SaveAs, dialogDirectory(), session_.document().name());
    return;
  }
  saveAs(session_.document().path());
}

void Application::saveAs(const std::filesystem::path& file) {
  const auto& scenario = session_.document().scenario();
  const std::string program = code_.editing() ? code_.editedProgram() : scenario ? scenario->program : "";
  if (auto error = session_.document().saveAs(absolutePath(file), program); !error.empty()) {
    notify(error);
    return;
  }
  session_.rerun(program);
  code_.stopEditing();
  settings_.recentFiles.add(session_.document().path());
  remember();
  notify("Saved " + session_.document().name());
}

void Application::exportHeap(std::filesystem::path file) {
  settings_.exportFolder = file.parent_path().string();
  remember();
  pendingExport_ = std::move(file);
}

void Application::afterRender() {
  if (!pendingExport_) return;
  const auto file = *pendingExport_;
  pendingExport_.reset();
  try {
    writePng(drawHeapPicture(settings_.exportTwice ? 2.0f : 1.0f), file);
    notify("Exported " + file.filename().string() + " to " + file.parent_path().string());
  } catch (const std::exception& error) {
    notify(error.what());
  }
}

// A few frames of the window as it is, without dialog, menu, help or notice, into a
// framebuffer of `density` times its pixels, with the fonts rasterised to match: the
// same layout as on screen, sharp at any density.
Image Application::drawHeapPicture(float density) {
  constexpr int kFramesToSettle = 3;
  const ImVec2 units = ImGui::GetIO().DisplaySize;
  const PixelSize pixels{static_cast<int>(units.x * density), static_cast<int>(units.y * density)};
  const auto scale = static_cast<float>(settings_.scale);
  if (density != 1.0f) gui_.setScale(scale, density);
  Image picture;
  {
    const OffscreenFramebuffer target(pixels);
    drawingPicture_ = true;
    for (int frame = 0; frame < kFramesToSettle; ++frame) {
      gui_.beginFrame(pixels, density);
      buildFrame();
      gui_.render(background());
    }
    drawingPicture_ = false;
    picture = target.read(static_cast<int>(heapRect_.position.x * density),
                          static_cast<int>(heapRect_.position.y * density),
                          {static_cast<int>(heapRect_.size.x * density), static_cast<int>(heapRect_.size.y * density)});
  }
  if (density != 1.0f) gui_.setScale(scale);
  return picture;
}

void Application::setScale(double scale) {
  if (std::abs(scale - settings_.scale) > 1e-6) pendingScale_ = scale;
}

void Application::present(bool fullScreen) {
  presentation_ = true;
  if (fullScreen) window_.setFullScreen(true);
}

void Application::togglePresentation() {
  presentation_ = !presentation_;
  window_.setFullScreen(presentation_);
}

void Application::remember() {
  if (!settingsDirectory_) return;
  settings_.speed = session_.player().speed();
  try {
    saveSettings(settings_, *settingsDirectory_ / Settings::kFileName);
  } catch (const std::exception& error) {
    std::cerr << "reachable: " << error.what() << '\n';
  }
}

void Application::notify(std::string message) {
  notice_ = std::move(message);
  noticeSeconds_ = kNoticeSeconds;
}

std::filesystem::path Application::dialogDirectory() const {
  if (!session_.document().path().empty()) return session_.document().path().parent_path();
  std::error_code error;
  const auto current = std::filesystem::current_path(error);
  return error ? std::filesystem::path("/") : current;
}

}  // namespace reachable
