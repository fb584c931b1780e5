# SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The icons, rendered at build time from the one SVG master
# (resources/icons/jilin-planner.svg) by a small host tool using QSvgRenderer.
# Included from the top CMakeLists.txt, so every directory sees the variables.
#
# Sets:
#   PLANNER_ICON_SVG       the master
#   PLANNER_ICON_DIR       <build>/icons/hicolor, with <size>x<size>/jilin-planner.png
#   PLANNER_ICON_SIZES     the hicolor sizes rendered
#   PLANNER_ICON_PNGS      every PNG rendered
#   PLANNER_ICON_ICO       <build>/icons/jilin-planner.ico (Windows executable and installer)

set(PLANNER_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/jilin-planner.svg")
set(PLANNER_ICON_DIR "${CMAKE_BINARY_DIR}/icons/hicolor")
set(PLANNER_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(PLANNER_ICON_ICO "${CMAKE_BINARY_DIR}/icons/jilin-planner.ico")

add_executable(planner-iconrender "${PROJECT_SOURCE_DIR}/installer/iconrender/iconrender.cpp")
target_link_libraries(planner-iconrender PRIVATE Qt6::Core Qt6::Gui Qt6::Svg)
planner_apply_conventions(planner-iconrender)
# A host tool: a console program on Windows too, never installed.
set_target_properties(planner-iconrender PROPERTIES WIN32_EXECUTABLE OFF)

set(PLANNER_ICON_PNGS "")
foreach(size IN LISTS PLANNER_ICON_SIZES)
    list(APPEND PLANNER_ICON_PNGS "${PLANNER_ICON_DIR}/${size}x${size}/jilin-planner.png")
endforeach()
list(JOIN PLANNER_ICON_SIZES "," planner_icon_size_list)
add_custom_command(
    OUTPUT ${PLANNER_ICON_PNGS} "${PLANNER_ICON_ICO}"
    COMMAND planner-iconrender "${PLANNER_ICON_SVG}" "${PLANNER_ICON_DIR}" jilin-planner
            --sizes "${planner_icon_size_list}" --ico "${PLANNER_ICON_ICO}"
    DEPENDS planner-iconrender "${PLANNER_ICON_SVG}"
    COMMENT "Rendering the application icons from ${PLANNER_ICON_SVG}"
    VERBATIM)
add_custom_target(planner_icons ALL DEPENDS ${PLANNER_ICON_PNGS} "${PLANNER_ICON_ICO}")
