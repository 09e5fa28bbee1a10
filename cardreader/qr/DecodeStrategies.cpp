#include "qr/DecodeStrategies.h"

#include "qr/ZxingBridge.h"

#include <ZXing/ReadBarcode.h>

#include <QImage>

#include <algorithm>
#include <array>

namespace motcua::qr::detail {

namespace {

constexpr int kMaxUpscaledSide = 2000;

QList<DecodedCode> read(const ZXing::ImageView &view, const ZXing::DecodeHints &hints, const QString &foundBy,
                        const QTransform &toImage)
{
    QList<DecodedCode> codes;
    if (view.width() <= 0 || view.height() <= 0)
        return codes;
    for (const ZXing::Result &result : ZXing::ReadBarcodes(view, hints))
        if (result.isValid())
            codes.append(toDecodedCode(result, foundBy, toImage));
    return codes;
}

ZXing::ImageView lumView(const QImage &grey)
{
    return ZXing::ImageView(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                            int(grey.bytesPerLine()));
}

QList<DecodedCode> readGrey(const QImage &grey, const ZXing::DecodeHints &hints, const QString &foundBy,
                            const QTransform &toImage)
{
    return grey.isNull() ? QList<DecodedCode>{} : read(lumView(grey), hints, foundBy, toImage);
}

// The darkest and lightest 1 % of the pixels become black and white, the rest in between.
QImage stretchedGrey(const ZXing::ImageView &view)
{
    QImage grey = greyCopy(view);
    std::array<qint64, 256> histogram{};
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            ++histogram[line[x]];
    }
    const qint64 tail = qint64(grey.width()) * grey.height() / 100;
    int low = 0, high = 255;
    for (qint64 seen = 0; low < 255 && (seen += histogram[std::size_t(low)]) <= tail;)
        ++low;
    for (qint64 seen = 0; high > 0 && (seen += histogram[std::size_t(high)]) <= tail;)
        --high;
    if (high - low < 2 || (low == 0 && high == 255))
        return {}; // nothing to stretch
    std::array<uchar, 256> map{};
    for (int v = 0; v < 256; ++v)
        map[std::size_t(v)] = uchar(std::clamp((v - low) * 255 / (high - low), 0, 255));
    for (int y = 0; y < grey.height(); ++y) {
        uchar *line = grey.scanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            line[x] = map[line[x]];
    }
    return grey;
}

QList<DecodedCode> scaled(const ZXing::ImageView &view, const ZXing::DecodeHints &hints, const QTransform &toImage,
                          double factor, Qt::TransformationMode mode, const QString &foundBy)
{
    const QImage grey = greyCopy(view);
    const int width = int(grey.width() * factor), height = int(grey.height() * factor);
    if (width < 21 || height < 21) // smaller than the smallest QR
        return {};
    const QImage resized = grey.scaled(width, height, Qt::IgnoreAspectRatio, mode);
    const QTransform back = QTransform::fromScale(double(grey.width()) / width, double(grey.height()) / height);
    return readGrey(resized, hints, foundBy, back * toImage);
}

} // namespace

QString strategyName(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Plain: return QStringLiteral("plain");
    case Strategy::Inverted: return QStringLiteral("inverted");
    case Strategy::Stretched: return QStringLiteral("stretched");
    case Strategy::Upscaled: return QStringLiteral("upscaled");
    case Strategy::Downscaled: return QStringLiteral("downscaled");
    }
    return {};
}

const QList<Strategy> &escalation()
{
    static const QList<Strategy> order{Strategy::Plain, Strategy::Inverted, Strategy::Stretched, Strategy::Downscaled,
                                       Strategy::Upscaled};
    return order;
}

QList<DecodedCode> runStrategy(Strategy strategy, const ZXing::ImageView &view, const ZXing::DecodeHints &hints,
                               const QTransform &toImage)
{
    switch (strategy) {
    case Strategy::Plain:
        return read(view, hints, strategyName(strategy), toImage);
    case Strategy::Inverted: {
        QImage grey = greyCopy(view);
        grey.invertPixels();
        return readGrey(grey, hints, strategyName(strategy), toImage);
    }
    case Strategy::Stretched:
        return readGrey(stretchedGrey(view), hints, strategyName(strategy), toImage);
    case Strategy::Upscaled:
        // Beyond 2000 px the modules are not small, and a ×2 copy would cost 4× the memory.
        if (qMax(view.width(), view.height()) > kMaxUpscaledSide)
            return {};
        return scaled(view, hints, toImage, 2.0, Qt::FastTransformation, strategyName(strategy));
    case Strategy::Downscaled: {
        QList<DecodedCode> codes = scaled(view, hints, toImage, 0.5, Qt::SmoothTransformation, strategyName(strategy));
        if (codes.isEmpty())
            codes = scaled(view, hints, toImage, 0.25, Qt::SmoothTransformation, strategyName(strategy));
        return codes;
    }
    }
    return {};
}

} // namespace motcua::qr::detail
