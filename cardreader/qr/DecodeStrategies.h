#pragma once
// The ways CodeReader::decode() looks at a picture, one at a time until one finds a code
// (private to this module; the benchmark and the tests name them through DecodedCode::foundBy).
// Each strategy is ZXing's ReadBarcodes over a view of the picture: as it is, or an altered copy
// whose results are mapped back to the caller's coordinates.
#include "qr/DecodedCode.h"

#include <ZXing/DecodeHints.h>
#include <ZXing/ImageView.h>

#include <QList>
#include <QString>
#include <QTransform>

namespace motcua::qr::detail {

enum class Strategy {
    Plain,      // the view as given (ZXing's own try-harder, rotations and downscaling)
    Inverted,   // white modules on black: ZXing 1.4 cannot invert by itself
    Stretched,  // grey levels stretched to black..white: a faded copy below the binariser's range
    Downscaled, // ÷2 then ÷4, smoothed: noise (a grainy scan or photo) averaged away
    Upscaled,   // ×2 (nearest pixel), pictures up to 2000 px: small modules on a skewed code
};

// Stable names for DecodedCode::foundBy: "plain", "inverted", "stretched", "downscaled", "upscaled".
QString strategyName(Strategy strategy);

// The strategies decode() tries, in order. Each one is here because it decoded generated images
// that a bare ReadBarcodes with try-harder missed (measured with tests/unit/card-qr's images:
// inverted codes; a faded copy whose dark and light differ by 25 grey levels or less; noise of
// sigma 60-90; a 20 % perspective at 5 px a module). Turning by 45°, ZXing's GlobalHistogram and
// FixedThreshold binarisers were measured too and recovered nothing these do not: left out.
const QList<Strategy> &escalation();

// Runs one strategy over `view`; `toImage` maps the view's coordinates to the caller's image.
QList<DecodedCode> runStrategy(Strategy strategy, const ZXing::ImageView &view, const ZXing::DecodeHints &hints,
                               const QTransform &toImage);

} // namespace motcua::qr::detail
