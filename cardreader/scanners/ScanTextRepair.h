#pragma once
// Repairs what a keyboard layout or an input method did to a scanned text, before the code
// classifier sees it. A keyboard-wedge scanner types key positions: on a French or German
// keyboard layout the digits and '|' of a CCCD QR come out as other characters, and the
// Vietnamese input method (Unikey, ibus-unikey, fcitx) may add a tone mark the text already has.
//
// What is repaired (only where the result is certain; correct text passes unchanged):
//   - NFC normalisation (silently: it is not damage);
//   - the same combining mark twice on one letter ("ễ" + U+0303 → "ễ");
//   - a whole text typed through the French AZERTY or German QWERTZ layout, recognised by a
//     beginning no correct text has: a CCCD QR's 12 digits and '|' ("àà&àççà&é\"'(µ",
//     "001099012345'"), a URL's "https://" ("httpsM!!", "httpsÖ--"), or (AZERTY) a code made
//     only of the symbols of the digit row. The US character behind each typed one is certain
//     (KeyboardLayouts.h), so the letters are converted back too (AZERTY's A/Q, QWERTZ's Y/Z).
// What is only warned about (a repair could damage correct text):
//   - accents the scanner dropped ("NGUYEN VAN A", "Nu", "NGUY?N"): no rule puts them back;
//   - two different tone marks on one letter (which one is right is unknown);
//   - Telex/VNI input-method artefacts: in text that otherwise lost its accents a few composed
//     letters ("Khu Á" from VNI "Khu A1"), or Vietnamese letters inside a code or URL. Telex
//     and VNI are ambiguous backwards ("á" is "as" in Telex, "a1" in VNI, or a real "á").
#include "scanners/KeyboardLayouts.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua::scanners {

struct RepairedScan {
    QString text;         // what the classifier should see (personal data: never log it)
    QStringList repairs;  // what was changed, for the clerk (translated)
    QStringList warnings; // what could not be repaired and needs the clerk's check (translated)
};

class ScanTextRepair {
    Q_DECLARE_TR_FUNCTIONS(ScanTextRepair)
public:
    static RepairedScan repair(const QString &scanned);

    // The steps, each pure.
    // NFC text with a combining mark repeated on the same letter dropped; `removed` counts them.
    static QString removeDoubledMarks(const QString &text, int *removed = nullptr);
    // Whether some letter carries two different Vietnamese tone marks.
    static bool hasConflictingToneMarks(const QString &text);
    // The layout `text` was typed through, when its beginning proves it (see above).
    static std::optional<HostLayout> mangledByLayout(const QString &text);
    // `text` converted back to what the scanner sent; characters with no US key stay and are
    // counted in `unmapped`.
    static QString undoLayout(HostLayout layout, const QString &text, int *unmapped = nullptr);
    // A CCCD QR text (12 digits and '|') whose name and address lost their accents.
    static bool lostVietnameseMarks(const QString &cccdText);
    // A CCCD QR text that lost most accents but has a few composed letters (Telex/VNI), or a
    // code or URL with Vietnamese letters in it.
    static bool looksChangedByInputMethod(const QString &text);

    static QString layoutName(HostLayout layout);
};

} // namespace motcua::scanners
