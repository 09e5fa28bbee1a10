#pragma once
// Where a value came from. The clerk sees it beside every pre-filled field, and the report
// counts how much of a dossier the State already held ("reused data").
#include <QMetaType>
#include <QString>

namespace motcua {

enum class FieldSource {
    Unknown,
    Chip,               // read from the CCCD chip (DG1/DG13); verified if passive authentication passed
    Qr,                 // the QR code printed on the card
    Mrz,                // the machine-readable zone, typed or scanned
    Typed,              // typed by the clerk or the citizen
    PopulationRegistry, // the national population database, through the central server
    EarlierDossier,     // reused from a dossier digitised before
};

// Stable lower-case names for JSON and the database: "chip", "qr", "mrz", "typed", "registry", "dossier".
QString fieldSourceName(FieldSource source);
FieldSource fieldSourceFromName(const QString &name); // Unknown for anything else

// True for the sources that mean "the State already held this": the citizen did not re-declare it.
bool isReusedData(FieldSource source);

// A value and where it came from. Dates are ISO text (yyyy-MM-dd) so that one type carries all.
struct SourcedValue {
    QString text;
    FieldSource source = FieldSource::Unknown;

    bool isEmpty() const { return text.isEmpty(); }
    friend bool operator==(const SourcedValue &, const SourcedValue &) = default;
};

} // namespace motcua

Q_DECLARE_METATYPE(motcua::SourcedValue)
