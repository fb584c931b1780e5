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

    // An entry of the window's File menu that a page that is not a chapter's
    // offers before it is built: its text (called again on a change of
    // language) and the objectName of the page's own QAction that the entry
    // triggers, once the window has built the page.
    struct FileMenuEntry
    {
        QString actionName;
        std::function<QString()> text;
    };
    // Pages that are not a chapter's (the cities), after the chapters in the
    // navigation, in the order added. Like the chapter pages they are built
    // when first shown (or when a File menu entry of theirs is chosen), so
    // the window names them with `title` (called again on a change of
    // language) and lists their File menu entries until then.
    void addExtraPage(const QString &pageId, Factory factory, std::function<QString()> title,
                      QList<FileMenuEntry> fileMenu = {});
    QList<QString> extraPages() const { return m_extraOrder; }
    bool isExtraPage(const QString &pageId) const { return m_extraFactories.count(pageId) > 0; }
    QString extraPageTitle(const QString &pageId) const;
    QList<FileMenuEntry> extraPageFileMenu(const QString &pageId) const;
    QWidget *createExtraPage(const QString &pageId, ScenarioDocument *document, QWidget *parent) const;

private:
    std::map<QString, Factory> m_factories;
    std::map<QString, Factory> m_extraFactories;
    std::map<QString, std::function<QString()>> m_extraTitles;
    std::map<QString, QList<FileMenuEntry>> m_extraFileMenus;
    QList<QString> m_extraOrder;
};

} // namespace Planner::Workbench
