#pragma once

#include "CodePanel.h"
#include "FileDialog.h"
#include "HeapPanel.h"
#include "MainLayout.h"
#include "MenuBar.h"
#include "ScenarioCatalogue.h"
#include "Screenshot.h"
#include "Session.h"
#include "Settings.h"
#include "ShortcutTable.h"
#include "Style.h"

#include <filesystem>
#include <optional>
#include <vector>
#include <string>

struct GLFWwindow;

namespace reachable {

class Gui;
class Window;

// The program's window content and everything the user can do to it: it owns the
// session, the settings and the dialogs, turns keys, menus, dropped files and
// changes on disk into commands, and lays the panels out.
class Application {
 public:
  // Without a settings directory nothing is remembered (screenshots, tests).
  Application(Window& window, Gui& gui, Settings settings, std::optional<std::filesystem::path> settingsDirectory);
  ~Application();
  // Presentation mode (F5): heap, code and narration only, full screen when `fullScreen`.
  void present(bool fullScreen);
  Application(const Application&) = delete;
  Application& operator=(const Application&) = delete;

  // Opens FILE, or the default scenario; false when the file had errors (they show).
  bool open(const std::optional<std::filesystem::path>& file);
  Session& session() { return session_; }
  const Settings& settings() const { return settings_; }

  // Between frames: applies a new scale, polls the open file, takes in what the
  // recording added, and moves the clock.
  void beforeFrame(double seconds);
  // Builds one frame's interface.
  void buildFrame();
  // After the frame is drawn: writes a pending export.
  void afterRender();
  // Asks for the heap view alone as a PNG picture, written after this frame.
  void exportHeap(std::filesystem::path file);
  // The heap view of this step alone, as Ctrl+E writes it, drawn off screen between
  // frames at `density` pixels per unit (2 for slides).
  Image drawHeapPicture(float density);

  // Whether frames keep a record of what they drew (--dump-view), and the last one's.
  void recordFrame(bool on);
  // Lay large runs out on a worker thread (the interactive window; pictures wait).
  void planHeapInBackground() { heap_.planInBackground(true); }
  const view::DrawnHeap& drawnHeap() const { return heap_.drawn(); }
  const FrameReport& frameReport() const { return report_; }

  // True while something moves on screen, so the caller keeps drawing.
  bool animating() const;
  // True while the run is still being recorded: its steps show as they come.
  bool recording() const { return session_.recording(); }
  // Whether the last frame drew the step's heap picture (not yet: it is being laid out).
  bool heapShowsPicture() const { return heap_.showsPicture(); }
  bool quitRequested() const { return quit_; }
  // The colour behind the panels, for clearing the frame.
  unsigned int background() const { return style_.background; }

 private:
  void run(Command command);
  void apply(const MenuChoice& choice);
  void handleKeys();
  void openFile(const std::filesystem::path& file);
  void openBundled(const CatalogueEntry& entry);
  void rerun();
  void save();
  void saveAs(const std::filesystem::path& file);
  void setScale(double scale);
  void togglePresentation();
  void remember();
  void notify(std::string message);
  void drawPanels(const MainLayout& layout, const PanelContext& context);
  void drawNotice(const MainLayout& layout, const PanelContext& context);
  std::filesystem::path dialogDirectory() const;

  static void onDrop(GLFWwindow* window, int count, const char** paths);
  static void onKey(GLFWwindow* window, int key, int scancode, int action, int mods);

  Window& window_;
  Gui& gui_;
  Settings settings_;
  std::optional<std::filesystem::path> settingsDirectory_;
  ScenarioCatalogue catalogue_;
  Session session_;
  Style style_;
  CodePanel code_;
  HeapPanel heap_;
  FileDialog dialog_;
  bool help_ = false;
  bool presentation_ = false;
  bool quit_ = false;
  std::optional<double> pendingScale_;
  // Every key press since the last frame, in order. ImGui 1.86 sees only whether a key
  // is down as a frame begins, and a presenter's clicker presses and releases within
  // one frame: read from the queue, no tap is lost.
  struct KeyPress {
    int key = 0;
    bool control = false;
    bool repeat = false;
  };
  std::vector<KeyPress> keyPresses_;
  // A heap picture to draw after the frame, off screen (drawHeapPicture).
  std::optional<std::filesystem::path> pendingExport_;
  bool drawingPicture_ = false;  // frames drawn for it show nothing over the heap
  PanelRect heapRect_;
  bool recordFrame_ = false;
  FrameReport report_;
  std::string notice_;
  double noticeSeconds_ = 0;
  double sinceFilePoll_ = 0;
};

}  // namespace reachable
