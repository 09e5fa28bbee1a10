#pragma once
// The one place where Qt and ZXing meet (private to this module): pixels of a QImage or a
// FrameView as a ZXing::ImageView without a copy, format names both ways, and a ZXing result as
// a DecodedCode. Keeping the conversions here means the rest of the module reads as Qt code.
#include "qr/DecodedCode.h"
#include "qr/FrameView.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/ImageView.h>
#include <ZXing/Result.h>

#include <QImage>
#include <QStringList>
#include <QTransform>

namespace motcua::qr::detail {

// A view of a QImage. Most formats are read where they lie; the others (indexed, 16-bit,
// mono...) are converted once to Grayscale8, and `converted` keeps that copy alive as long as
// the view is used.
struct QImageView {
    QImage converted;
    ZXing::ImageView view;
    bool copied() const { return !converted.isNull(); }
};

// The view for `image`; for a null image a view of 0×0 pixels.
QImageView viewOf(const QImage &image);

// The view for a camera frame (its pixel stride respected: 2 for the Y of YUYV).
ZXing::ImageView viewOf(const FrameView &frame);

// A grey copy of whatever the view shows (Grayscale8), for strategies that must alter pixels.
QImage greyCopy(const ZXing::ImageView &view);

// ZXing formats from names ("QRCode", "qr_code" and "QR-Code" all work, as ZXing spells them);
// names ZXing does not know are added to `unknown` (when given) and otherwise ignored.
ZXing::BarcodeFormats formatsFrom(const QStringList &names, QStringList *unknown = nullptr);

// A ZXing result in Qt types; `toImage` maps the corners from the decoded picture's
// coordinates to those of the caller's image.
DecodedCode toDecodedCode(const ZXing::Result &result, const QString &foundBy, const QTransform &toImage);

} // namespace motcua::qr::detail
