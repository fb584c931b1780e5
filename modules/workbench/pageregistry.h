// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <map>

class QWidget;

namespace Planner::Workbench {

class ScenarioDocument;

// What a chapter page is given when the window creates it.
struct PageContext
{
    ScenarioDocument *document = nullptr;
    QString chapterId;
};

// Chapter pages by module id. A chapter that needs more than the generic
// chapter page (ChapterPage: its levers, charts and targets, all from the
// catalog) adds its own factory in its ui library's setupUi(); the window
// asks for pages in plan order and gets the generic page for the others.
class PageRegistry final
{
public:
    using Factory = std::function<QWidget *(const PageContext &, QWidget *parent)>;

    void add(const QString &moduleId, Factory factory);
    QWidget *createPage(const PageContext &context, QWidget *parent) const;
    bool contains(const QString &moduleId) const { return m_factories.count(moduleId) > 0; }

    // Pages that are not a chapter's (the cities), after the chapters in the
    // navigation, in the order added. Such a page names itself with its
    // windowTitle() (kept translated) and may offer actions for the window's
    // File menu: its own actions whose property "plannerMenu" is "file".
    void addExtraPage(const QString &pageId, Factory factory);
    QList<QString> extraPages() const { return m_extraOrder; }
    QWidget *createExtraPage(const QString &pageId, ScenarioDocument *document, QWidget *parent) const;

private:
    std::map<QString, Factory> m_factories;
    std::map<QString, Factory> m_extraFactories;
    QList<QString> m_extraOrder;
};

} // namespace Planner::Workbench
