#pragma once
// Text folding for Vietnamese: what a clerk types without diacritics must find what the
// State wrote with them ("nguyen van a" finds "Nguyễn Văn A").
#include <QString>
#include <QStringList>

namespace motcua::text {

// NFC form, with runs of white space collapsed and trimmed: how every name is stored.
QString normalized(const QString &text);

// Lower case, no diacritics (đ → d), single spaces: the key for diacritic-insensitive search.
QString folded(const QString &text);

// The folded words of a text, in order.
QStringList foldedWords(const QString &text);

} // namespace motcua::text
