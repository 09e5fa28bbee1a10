#pragma once
// Test images of QR codes made by an encoder that is not ours: Debian's `qrencode`, run at test
// time, then photographed in software (rotated, skewed, blurred, noisy, washed out, inverted, on
// a busy background, several per image). Seeded, so every run draws the same pixels. Shared by
// tests/unit/card-qr, tests/integration/qr and bench/bench_qr.cpp (each lists this file).
#include <QDate>
#include <QImage>
#include <QList>
#include <QPoint>
#include <QRegularExpression>
#include <QSize>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace motcua::test {

// Synthetic citizens' QR texts in the card's real layouts (no real person's data): IDs valid
// for core/identity's PersonalId, Vietnamese diacritics, the empty old-ID field.
struct CccdSamples {
    static QString sevenFieldsNoOldId();   // 2021 card, old CMND field empty
    static QString sevenFieldsWithOldId(); // 2021 card, 9-digit old CMND, a woman born in 2001
    static QString elevenFields();         // 2024 card: four trailing empty fields
    static QString sixFields();            // the layout without the old CMND number
};

// A fixed "today" for classifying the samples, so that the tests do not age.
inline QDate qrTestToday()
{
    return QDate(2025, 6, 1);
}

// Receipt samples for the classifier rules the tests configure.
struct ReceiptSamples {
    // What DossierCodePattern::toRegularExpression gives for the default pattern (unit-card-qr
    // links the card layer only; tests/unit/dossier proves that function).
    static QRegularExpression codeExpression()
    {
        return QRegularExpression(QStringLiteral("[A-Za-z0-9._-]+-[0-9]{6}-[0-9]{4,}"));
    }
    static QString trackingPrefix() { return QStringLiteral("https://motcua.example.gov.vn/tra-cuu"); }
    static QString code() { return QStringLiteral("UBND-PD-250701-0007"); }
    static QString url() { return trackingPrefix() + QStringLiteral("?ma=") + code(); }
};

// Why qrencode cannot be used here (empty when it can); tests FAIL with this message.
QString qrencodeProblem();

// The QR of `text` (UTF-8, 8-bit mode, level M) drawn by qrencode: `modulePx` pixels per module,
// `marginModules` of quiet zone, black on white, Format_RGB32. A null image on failure, `error`
// saying why.
QImage qrencodeImage(const QString &text, int modulePx, int marginModules = 4, QString *error = nullptr);

// Transformations, each returning a new Format_RGB32 image (white where nothing is drawn).
QImage rotated(const QImage &image, double degrees);
// Perspective: the top edge shrunk to `topShrink` (0..0.5) of the width on each side, as a
// card held tilted away from a camera.
QImage perspectiveSkewed(const QImage &image, double topShrink);
QImage boxBlurred(const QImage &image, int radius);
QImage withNoise(const QImage &image, int amplitude, std::uint32_t seed);
// Black becomes `dark`, white `light` (grey levels): a faded photocopy.
QImage lowContrast(const QImage &image, int dark, int light);
QImage inverted(const QImage &image);
QImage scaledSmooth(const QImage &image, double factor);
// Random rectangles, ellipses, lines and a grey gradient: a desk, a form, a hand.
QImage busyBackground(const QSize &size, std::uint32_t seed);
// `code` drawn onto a copy of `background` at `at`.
QImage placed(const QImage &background, const QImage &code, const QPoint &at);

// One generated test image and the texts of the codes drawn in it.
struct GeneratedImage {
    QString name; // file-name safe: "cccd7-rotated33-m4"
    QImage image;
    QStringList texts;         // empty: an image with no code
    QString transformation;    // "plain", "rotated", "inverted", "none"...
};

// The standard set (module sizes 1–8 px, every transformation above, several codes per image,
// images with none). Seeded; takes about a second of qrencode calls. `error` set on failure.
QList<GeneratedImage> generatedSet(QString *error = nullptr);

} // namespace motcua::test
