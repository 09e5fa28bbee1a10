#pragma once
// The QR printed on a receipt: the dossier code, or the tracking URL that carries it, made with
// ZXing's writer at whole printer dots per module so that it prints sharply.
#include <QImage>
#include <QString>

namespace motcua::qr {

struct ReceiptQrOptions {
    int dpi = 300;             // the printer's resolution
    double moduleMm = 0.5;     // wanted module size; rounded to whole dots (0.5 mm ≈ 6 dots at 300 dpi)
    int quietZoneModules = 4;  // the margin the QR standard asks for
};

class ReceiptQr {
public:
    // The text the receipt's QR holds: `trackingUrlPrefix?ma=CODE` when a prefix is configured,
    // else the code itself (CodeClassifier recognises both).
    static QString payload(const QString &dossierCode, const QString &trackingUrlPrefix = {});
    // A 1-bit-looking QImage (Format_Grayscale8, black on white) with dotsPerMeter set from dpi,
    // every module exactly N×N pixels. Null image when the text does not fit a QR code.
    static QImage render(const QString &payload, const ReceiptQrOptions &options = {});
};

} // namespace motcua::qr
