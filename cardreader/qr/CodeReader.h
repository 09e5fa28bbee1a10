#pragma once
// Finds the codes in an image or a camera frame with ZXing-cpp 1.4. Two tempos:
// - decodeFrame(): one fast pass for the camera (a frame missed now is followed by the next);
// - decode(): tries harder for images and scanned pages, escalating only while nothing was
//   found: plain, inverted, contrast-stretched, downscaled, upscaled (DecodeStrategies.h says
//   what each recovers). It never finds less than one bare ZXing ReadBarcodes call with the same
//   formats would: its first pass is that call.
// Thread-safe: const methods, no shared state (one CodeReader can serve several threads).
#include "qr/DecodedCode.h"
#include "qr/FrameView.h"

#include <QImage>
#include <QList>
#include <QRect>
#include <QStringList>

namespace motcua::qr {

struct ReaderOptions {
    // ZXing format names ("QRCode", "DataMatrix", "PDF417", "Aztec", "Code128"...); QR by default,
    // and QR when no name is known (unknownFormats() tells a settings page which are wrong).
    QStringList formats{QStringLiteral("QRCode")};
    // A region of interest in image coordinates; empty = the whole image. Positions in the
    // results are still in whole-image coordinates.
    QRect region;
    int maxCodes = 8; // several codes in one image (a page with the card and a receipt)
};

class CodeReader {
public:
    explicit CodeReader(ReaderOptions options = {});

    const ReaderOptions &options() const { return m_options; }

    // Unknown format names in `formats`, so that a settings page can say which one is wrong.
    static QStringList unknownFormats(const QStringList &formats);

    // Images and scanned pages: every strategy until something is found.
    QList<DecodedCode> decode(const QImage &image) const;
    // Camera frames: one pass over the view (plus the region of interest), no escalation.
    QList<DecodedCode> decodeFrame(const FrameView &frame) const;

private:
    ReaderOptions m_options;
};

} // namespace motcua::qr
