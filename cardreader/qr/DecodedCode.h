#pragma once
// One code found in an image or a frame, in Qt types (ZXing stays inside this module).
#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPolygon>
#include <QString>

namespace motcua::qr {

struct DecodedCode {
    QString text;      // as ZXing decoded it (UTF-8 → QString); NFC is the classifier's job
    QByteArray bytes;  // the raw bytes of the code's payload
    QString format;    // ZXing's format name: "QRCode", "DataMatrix"...
    QPolygon position; // the code's corners in the coordinates of the image given to decode()
    // How the pipeline found it: "plain", "inverted", "stretched", "downscaled", "upscaled" (for
    // the benchmark and the log; never shown to the clerk).
    QString foundBy;
};

} // namespace motcua::qr

Q_DECLARE_METATYPE(motcua::qr::DecodedCode)
