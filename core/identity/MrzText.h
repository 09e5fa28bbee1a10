#pragma once
// Internal to the identity module: turning what a scanner or a clerk gives into the three
// lines of a TD1 MRZ, and finding characters that cannot stand where they stand.
#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace motcua::mrz {

// Three lines of 30 characters, upper case, from newline-separated or run-together text.
Result<QStringList> splitTd1Lines(const QString &text);

// A span of one line that must hold digits (fillers allowed where `fillerAllowed`).
struct DigitSpan {
    int line;  // 0-based
    int start; // 0-based
    int length;
    QString code;  // error code field part, e.g. "dateOfBirth"
    QString label; // clerk-readable field name (translated)
};

// The first problem among `spans`: OCR-confusable letters anywhere (all listed, with 1-based
// line and position) before any other non-digit. A passing check returns success.
Status checkDigitSpans(const QStringList &lines, const QList<DigitSpan> &spans);

} // namespace motcua::mrz
