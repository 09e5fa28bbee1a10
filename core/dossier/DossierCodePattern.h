#pragma once
// The dossier code printed on the receipt, from a configurable pattern.
// Tokens: {agencyCode} {unit} {workstation} {yyyy} {yy} {mm} {dd} {yymmdd} {seq} {seq:N}
// ({seq:N} pads the sequence number with zeros to N digits). A pattern must hold exactly one {seq}.
// The sequence counts per scope: the formatted code with {seq} left out, so the default pattern
// restarts at 1 every day (and per agency), and a code is unique as long as its scope is.
#include "common/Result.h"

#include <QDate>
#include <QRegularExpression>
#include <QString>

namespace motcua {

struct CodeContext {
    QString agencyCode;
    QString unit;
    QString workstation;
};

class DossierCodePattern {
public:
    static QString defaultPattern() { return QStringLiteral("{agencyCode}-{yymmdd}-{seq:04}"); }

    // Success, or an Error naming the first problem (unknown token, unclosed brace, no {seq}...).
    static Status validate(const QString &pattern);

    // The code for sequence number `seq` (>= 1). The pattern must be valid.
    static QString format(const QString &pattern, const CodeContext &context, const QDate &date, qint64 seq);

    // The key the sequence counts under for this context and date.
    static QString scope(const QString &pattern, const CodeContext &context, const QDate &date);

    // An anchored expression that matches every code the pattern can produce, for any context
    // and date (a scanned receipt from another workstation of the same pattern too): agency,
    // unit and workstation are runs of letters, digits, '.', '_' and '-'; dates are digits of
    // their width; {seq} is digits and {seq:N} at least N digits. An empty expression (which
    // callers treat as "no code") when the pattern is invalid.
    static QRegularExpression toRegularExpression(const QString &pattern);
};

} // namespace motcua
