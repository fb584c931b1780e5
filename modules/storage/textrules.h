// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextBoundaryFinder>

namespace Planner::Storage {

// Header-only, so that the file readers (exchange formats, without the
// store) use the same rules.
constexpr qsizetype kExcerptCharacters = 80;

// A name as the store keeps and compares it: Unicode normalisation form C,
// so that "é" typed as one code point or as e + U+0301 is one name.
inline QString normalizedName(const QString &name)
{
    return name.normalized(QString::NormalizationForm_C);
}

// The longest start of `text` that has at most `maxUnits` UTF-16 units and
// ends on a grapheme boundary: a code point (a surrogate pair), an emoji
// sequence or a letter with its combining marks is never split.
inline QString cutAtGrapheme(const QString &text, qsizetype maxUnits)
{
    if (text.size() <= maxUnits)
        return text;
    if (maxUnits <= 0)
        return QString();
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    graphemes.setPosition(maxUnits);
    const qsizetype cut = graphemes.isAtBoundary() ? maxUnits : graphemes.toPreviousBoundary();
    return text.left(qMax<qsizetype>(cut, 0));
}

// A cell or value quoted in a message: at most the first 80 characters
// (whole graphemes), followed by "…" when there was more, so a message never
// grows with what it quotes.
inline QString quotedExcerpt(const QString &text)
{
    // Counted in graphemes (what a reader calls characters), cut on a
    // boundary; only the first few hundred units are looked at.
    if (text.size() <= kExcerptCharacters)
        return text;
    const QString head = text.left(kExcerptCharacters * 8);
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, head);
    qsizetype end = 0;
    for (qsizetype n = 0; n < kExcerptCharacters; ++n) {
        const qsizetype next = graphemes.toNextBoundary();
        if (next < 0)
            break;
        end = next;
    }
    if (end >= text.size())
        return text;
    return text.left(end) + QChar(0x2026);
}

// True when the text came from valid UTF-8: no unpaired surrogate and no
// U+FFFD, which decoding puts where the bytes were not UTF-8.
inline bool isCleanText(const QString &text)
{
    return text.isValidUtf16() && !text.contains(QChar::ReplacementCharacter);
}

} // namespace Planner::Storage
