#pragma once
// What a decoded text is, for the counter: a CCCD QR (→ identity, and the CAN for PACE), a torn
// CCCD QR (→ a message naming what is missing), a receipt code (→ look the dossier up), or
// anything else (→ shown as text). The same classifier serves the camera, images, PDFs and the
// handheld scanners.
#include "common/Result.h"
#include "identity/IdentityDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QString>
#include <QUrl>

#include <optional>

namespace motcua::qr {

enum class CodeKind {
    CccdIdentity, // a whole CCCD QR: `identity` is set
    TornCccd,     // starts like a CCCD QR but is incomplete or malformed: `problem` says what
    Receipt,      // a receipt code: `dossierCode` (and `trackingUrl` when the QR held the URL)
    Text,         // anything else
};

// Stable names for JSON: "cccd", "tornCccd", "receipt", "text".
QString codeKindName(CodeKind kind);

struct ClassifiedCode {
    CodeKind kind = CodeKind::Text;
    QString text; // NFC-normalised, trimmed; personal data: never log it
    std::optional<IdentityDocument> identity;
    std::optional<Error> problem;
    QString dossierCode;
    QUrl trackingUrl;
};

struct ReceiptCodeRules {
    // Matches a whole dossier code, e.g. DossierCodePattern::toRegularExpression(pattern)
    // (core/dossier) for the workstation's pattern. Invalid or empty: no bare code is a receipt.
    QRegularExpression dossierCode;
    // The receipt's tracking URL prefix (e.g. "https://motcua.example.gov.vn/tra-cuu"); a URL
    // that starts with it and carries ?ma=CODE (or ?code=CODE) is a receipt. Empty: none.
    QString trackingUrlPrefix;
};

class CodeClassifier {
    Q_DECLARE_TR_FUNCTIONS(CodeClassifier)
public:
    explicit CodeClassifier(ReceiptCodeRules rules = {}, QDate today = QDate::currentDate());

    ClassifiedCode classify(const QString &text) const;

private:
    ReceiptCodeRules m_rules;
    QDate m_today;
};

} // namespace motcua::qr
