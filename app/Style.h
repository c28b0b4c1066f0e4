#pragma once

#include "Theme.h"

#include <imgui.h>

namespace reachable {

// The heap view's own colours; its arrows are Style's strong and weak.
struct HeapColours {
  ImU32 background;
  ImU32 text;  // the tutorial's diagrams letter in their own brown
  ImU32 mutedText;
  ImU32 cardFill;
  ImU32 cardHeaderFill;
  ImU32 cardBorder;
  ImU32 rootFill;  // the boxes of the roots' scopes
  ImU32 rootBorder;
  ImU32 markFill;  // marked by the collector
  ImU32 markBorder;
  ImU32 ghost;      // unreachable: an outline only
  ImU32 highlight;  // hover and the retaining path
  ImU32 litGlow;    // a registry whose cleanup was queued
  ImU32 legendFill;
  ImU32 legendBorder;
};

// The program's colours and sizes for one theme at one scale, the one table of each
// theme: the panels and bars read it, ImGui's own style is set from it, and the heap
// view's HeapViewStyle is made from it.
struct Style {
  Theme theme = Theme::Light;
  float scale = 1.0f;

  ImU32 background;  // behind the panels
  ImU32 panel;       // a panel's face
  ImU32 panelBorder;
  ImU32 bar;  // menu bar and transport bar
  ImU32 text;
  ImU32 mutedText;      // hints, lines already run, empty states
  ImU32 heading;        // the small capitals over each panel
  ImU32 title;          // the scenario's title in the menu bar
  ImU32 currentLine;    // the fill of the line about to run
  ImU32 currentMarker;  // the ▶ before it and the scrubber's knob ring
  ImU32 selection;      // a highlighted row (the running frame)
  ImU32 error;
  ImU32 errorFill;
  ImU32 accent;      // buttons that act (play), progress on the scrubber
  ImU32 accentText;  // text and shapes on the accent
  ImU32 track;       // the scrubber's rail
  ImU32 strong;      // strong references (the heap's arrows); the memory chart's object line
  ImU32 weak;        // weak references (the heap's dashed arrows); collection markers
  ImU32 callback;    // FinalizationRegistry callback markers
  ImU32 chartBytes;  // the memory chart's byte line

  HeapColours heap;

  // A colour per call-stack frame, shared with the heap view's roots, so a frame and
  // its locals read as one.
  ImU32 frameColour(int frame) const;

  float pixels(float size) const { return size * scale; }
  // Panel padding, gaps between panels and corner rounding, scaled.
  float padding() const { return pixels(12); }
  float gap() const { return pixels(8); }
  float rounding() const { return pixels(6); }

  static Style forTheme(Theme theme, float scale);
  // Sets ImGui's own colours and sizes to match.
  void applyToImGui() const;
};

}  // namespace reachable
