#include "qr/CodeReader.h"

#include "qr/DecodeStrategies.h"
#include "qr/ZxingBridge.h"

#include <algorithm>

namespace motcua::qr {

namespace {

ZXing::DecodeHints hintsFor(const ReaderOptions &options, bool tryHarder)
{
    ZXing::BarcodeFormats formats = detail::formatsFrom(options.formats);
    if (formats.empty()) // no name ZXing knows: the default, not ZXing's "every format" (slow)
        formats = ZXing::BarcodeFormat::QRCode;
    ZXing::DecodeHints hints;
    hints.setFormats(formats)
        .setTryHarder(tryHarder)
        .setTryRotate(true)
        .setTryDownscale(true)
        .setMaxNumberOfSymbols(std::uint8_t(std::clamp(options.maxCodes, 1, 255)));
    return hints;
}

// The part of the view to read and the transform back to whole-image coordinates. An empty
// region means the whole view; a region outside the picture leaves nothing to read.
struct Cropped {
    ZXing::ImageView view;
    QTransform toImage;
};

Cropped cropToRegion(const ZXing::ImageView &view, const QRect &region)
{
    if (region.isEmpty())
        return {view, QTransform()};
    const QRect inside = region.intersected(QRect(0, 0, view.width(), view.height()));
    if (inside.isEmpty())
        return {ZXing::ImageView(nullptr, 0, 0, view.format()), QTransform()};
    return {view.cropped(inside.x(), inside.y(), inside.width(), inside.height()),
            QTransform::fromTranslate(inside.x(), inside.y())};
}

} // namespace

CodeReader::CodeReader(ReaderOptions options) : m_options(std::move(options)) {}

QStringList CodeReader::unknownFormats(const QStringList &formats)
{
    QStringList unknown;
    detail::formatsFrom(formats, &unknown);
    return unknown;
}

QList<DecodedCode> CodeReader::decode(const QImage &image) const
{
    const detail::QImageView source = detail::viewOf(image);
    const Cropped part = cropToRegion(source.view, m_options.region);
    if (part.view.width() <= 0 || part.view.height() <= 0)
        return {};
    const ZXing::DecodeHints hints = hintsFor(m_options, true);
    // Stop at the first strategy that finds anything: the plain pass is a bare ReadBarcodes with
    // these hints, so nothing it would find is lost; the others only run on images it gave up on.
    for (const detail::Strategy strategy : detail::escalation()) {
        QList<DecodedCode> codes = detail::runStrategy(strategy, part.view, hints, part.toImage);
        if (!codes.isEmpty())
            return codes;
    }
    return {};
}

QList<DecodedCode> CodeReader::decodeFrame(const FrameView &frame) const
{
    const Cropped part = cropToRegion(detail::viewOf(frame), m_options.region);
    if (part.view.width() <= 0 || part.view.height() <= 0)
        return {};
    // One pass without try-harder: at 30 frames a second the next frame is the retry.
    return detail::runStrategy(detail::Strategy::Plain, part.view, hintsFor(m_options, false), part.toImage);
}

} // namespace motcua::qr
