#include "qr/ReceiptQr.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <QUrl>
#include <QUrlQuery>

#include <cmath>
#include <stdexcept>

namespace motcua::qr {

namespace {

// MultiFormatWriter's QR levels in ZXing 1.4 run 0..8 and map to L, M, Q, H by halves; 3 and 4
// give M (checked by decoding the result back: test_receipt_qr.cpp reads its ecLevel).
constexpr int kEccLevelM = 4;

} // namespace

QString ReceiptQr::payload(const QString &dossierCode, const QString &trackingUrlPrefix)
{
    if (trackingUrlPrefix.isEmpty())
        return dossierCode;
    QUrl url(trackingUrlPrefix, QUrl::TolerantMode);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("ma"), QString::fromLatin1(QUrl::toPercentEncoding(dossierCode)));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QImage ReceiptQr::render(const QString &payload, const ReceiptQrOptions &options)
{
    ZXing::BitMatrix matrix;
    try {
        // Margin 0 and a size of 0: one pixel per module, our own quiet zone and scale below.
        matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                     .setEncoding(ZXing::CharacterSet::UTF8)
                     .setEccLevel(kEccLevelM)
                     .setMargin(0)
                     .encode(payload.toStdString(), 0, 0);
    } catch (const std::exception &) { // too long for a QR code, or empty
        return {};
    }
    if (matrix.width() <= 0)
        return {};
    const int dpi = qMax(1, options.dpi);
    const int module = qMax(1, int(std::lround(options.moduleMm * dpi / 25.4)));
    const int quiet = qMax(0, options.quietZoneModules) * module;
    const int side = matrix.width() * module + 2 * quiet;

    QImage image(side, matrix.height() * module + 2 * quiet, QImage::Format_Grayscale8);
    if (image.isNull())
        return {};
    image.fill(255);
    for (int my = 0; my < matrix.height(); ++my) {
        for (int mx = 0; mx < matrix.width(); ++mx) {
            if (!matrix.get(mx, my))
                continue;
            for (int y = quiet + my * module; y < quiet + (my + 1) * module; ++y)
                std::fill_n(image.scanLine(y) + quiet + mx * module, module, uchar(0));
        }
    }
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

} // namespace motcua::qr
