#include "lds/FaceImageCodec.h"

#include "lds/LdsFile.h"

#include <QBuffer>
#include <QImageWriter>

#include <openjpeg.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace motcua::card {

namespace {

constexpr int kDg2 = 2;

// An in-memory stream for OpenJPEG: reads from `data`, or writes into it (growing as needed).
struct MemoryStream {
    QByteArray data;
    qsizetype pos = 0;
};

OPJ_SIZE_T readFrom(void *buffer, OPJ_SIZE_T count, void *user)
{
    auto *s = static_cast<MemoryStream *>(user);
    if (s->pos >= s->data.size())
        return OPJ_SIZE_T(-1);
    const qsizetype n = std::min<qsizetype>(qsizetype(count), s->data.size() - s->pos);
    std::memcpy(buffer, s->data.constData() + s->pos, size_t(n));
    s->pos += n;
    return OPJ_SIZE_T(n);
}

OPJ_SIZE_T writeTo(void *buffer, OPJ_SIZE_T count, void *user)
{
    auto *s = static_cast<MemoryStream *>(user);
    const qsizetype end = s->pos + qsizetype(count);
    if (end > s->data.size())
        s->data.resize(end);
    std::memcpy(s->data.data() + s->pos, buffer, count);
    s->pos = end;
    return count;
}

OPJ_OFF_T skipIn(OPJ_OFF_T count, void *user)
{
    auto *s = static_cast<MemoryStream *>(user);
    const qsizetype target = std::clamp<qsizetype>(s->pos + qsizetype(count), 0, std::max(s->data.size(), s->pos + qsizetype(count)));
    const OPJ_OFF_T skipped = OPJ_OFF_T(target - s->pos);
    s->pos = target;
    return skipped;
}

OPJ_BOOL seekTo(OPJ_OFF_T offset, void *user)
{
    auto *s = static_cast<MemoryStream *>(user);
    if (offset < 0)
        return OPJ_FALSE;
    s->pos = qsizetype(offset);
    return OPJ_TRUE;
}

void quiet(const char *, void *) {}

struct CodecDeleter { void operator()(opj_codec_t *c) const { opj_destroy_codec(c); } };
struct StreamDeleter { void operator()(opj_stream_t *s) const { opj_stream_destroy(s); } };
struct ImageDeleter { void operator()(opj_image_t *i) const { opj_image_destroy(i); } };
using Codec = std::unique_ptr<opj_codec_t, CodecDeleter>;
using Stream = std::unique_ptr<opj_stream_t, StreamDeleter>;
using Image = std::unique_ptr<opj_image_t, ImageDeleter>;

Stream makeStream(MemoryStream &memory, bool input)
{
    Stream stream(opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, input ? OPJ_TRUE : OPJ_FALSE));
    if (!stream)
        return stream;
    opj_stream_set_user_data(stream.get(), &memory, nullptr);
    if (input) {
        opj_stream_set_user_data_length(stream.get(), OPJ_UINT64(memory.data.size()));
        opj_stream_set_read_function(stream.get(), readFrom);
    } else {
        opj_stream_set_write_function(stream.get(), writeTo);
    }
    opj_stream_set_skip_function(stream.get(), skipIn);
    opj_stream_set_seek_function(stream.get(), seekTo);
    return stream;
}

void silence(opj_codec_t *codec)
{
    opj_set_error_handler(codec, quiet, nullptr);
    opj_set_warning_handler(codec, quiet, nullptr);
    opj_set_info_handler(codec, quiet, nullptr);
}

int to8Bit(OPJ_INT32 value, const opj_image_comp_t &comp)
{
    if (comp.sgnd)
        value += 1 << (comp.prec - 1);
    if (comp.prec > 8)
        value >>= (comp.prec - 8);
    else if (comp.prec < 8)
        value <<= (8 - comp.prec);
    return std::clamp(value, 0, 255);
}

Result<QImage> toQImage(const opj_image_t &image, const QString &detailPrefix)
{
    const auto bad = [&](const char *what) {
        return lds::LdsError::damaged(kDg2, QStringLiteral("jpeg2000"), detailPrefix + QLatin1String(what));
    };
    if (image.numcomps < 1 || !image.comps)
        return bad("no component");
    const opj_image_comp_t &first = image.comps[0];
    const bool colour = image.numcomps >= 3;
    for (OPJ_UINT32 c = 0; c < (colour ? 3u : 1u); ++c) {
        const opj_image_comp_t &comp = image.comps[c];
        if (!comp.data || comp.w != first.w || comp.h != first.h || comp.prec < 1 || comp.prec > 16)
            return bad("components of different sizes or precision");
    }
    const int w = int(first.w), h = int(first.h);
    QImage out(w, h, colour ? QImage::Format_RGB32 : QImage::Format_Grayscale8);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const qsizetype i = qsizetype(y) * w + x;
            if (colour)
                out.setPixel(x, y, qRgb(to8Bit(image.comps[0].data[i], image.comps[0]), to8Bit(image.comps[1].data[i], image.comps[1]),
                                        to8Bit(image.comps[2].data[i], image.comps[2])));
            else
                out.scanLine(y)[x] = uchar(to8Bit(first.data[i], first));
        }
    }
    return out;
}

Result<QImage> decodeJpeg2000(const QByteArray &data)
{
    const bool jp2 = !data.startsWith(QByteArray::fromHex("ff4fff51"));
    MemoryStream memory{data, 0};
    Stream stream = makeStream(memory, true);
    Codec codec(opj_create_decompress(jp2 ? OPJ_CODEC_JP2 : OPJ_CODEC_J2K));
    if (!stream || !codec)
        return lds::LdsError::damaged(kDg2, QStringLiteral("jpeg2000"), QStringLiteral("OpenJPEG setup failed"));
    silence(codec.get());
    opj_dparameters_t parameters;
    opj_set_default_decoder_parameters(&parameters);
    opj_image_t *raw = nullptr;
    if (!opj_setup_decoder(codec.get(), &parameters) || !opj_read_header(stream.get(), codec.get(), &raw)) {
        opj_image_destroy(raw);
        return lds::LdsError::damaged(kDg2, QStringLiteral("jpeg2000"), QStringLiteral("unreadable JPEG 2000 header"));
    }
    Image image(raw);
    const qint64 width = qint64(image->x1) - image->x0, height = qint64(image->y1) - image->y0;
    if (width < 1 || height < 1 || width > FaceImageCodec::kMaxSide || height > FaceImageCodec::kMaxSide || image->numcomps > 4)
        return lds::LdsError::damaged(kDg2, QStringLiteral("jpeg2000"), QStringLiteral("image of %1x%2").arg(width).arg(height));
    if (!opj_decode(codec.get(), stream.get(), image.get()) || !opj_end_decompress(codec.get(), stream.get()))
        return lds::LdsError::damaged(kDg2, QStringLiteral("jpeg2000"), QStringLiteral("JPEG 2000 decoding failed"));
    return toQImage(*image, QStringLiteral("JPEG 2000: "));
}

} // namespace

Result<QImage> FaceImageCodec::decode(const FaceImage &face)
{
    if (face.width > kMaxSide || face.height > kMaxSide)
        return lds::LdsError::damaged(kDg2, QStringLiteral("imageSize"), QStringLiteral("declared %1x%2").arg(face.width).arg(face.height));
    return decode(face.data, face.format);
}

Result<QImage> FaceImageCodec::decode(const QByteArray &data, FaceImageFormat format)
{
    if (format == FaceImageFormat::Jpeg2000)
        return decodeJpeg2000(data);
    if (format == FaceImageFormat::Jpeg) {
        QImage image;
        if (!image.loadFromData(data, "JPEG") || image.isNull())
            return lds::LdsError::damaged(kDg2, QStringLiteral("jpeg"), QStringLiteral("JPEG decoding failed"));
        if (image.width() > kMaxSide || image.height() > kMaxSide)
            return lds::LdsError::damaged(kDg2, QStringLiteral("imageSize"), QStringLiteral("JPEG too large"));
        return image;
    }
    return lds::LdsError::unsupported(kDg2, QStringLiteral("imageFormat"), QStringLiteral("neither JPEG nor JPEG 2000"));
}

Result<QByteArray> FaceImageCodec::encodeJpeg(const QImage &image, int quality)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "JPEG");
    writer.setQuality(quality);
    if (!writer.write(image))
        return Error{QStringLiteral("lds.face.encode"), tr("The face image could not be encoded."), writer.errorString()};
    return out;
}

Result<QByteArray> FaceImageCodec::encodeJpeg2000(const QImage &image, int compressionRatio)
{
    const auto failed = [](const QString &detail) {
        return Error{QStringLiteral("lds.face.encode"), tr("The face image could not be encoded."), detail};
    };
    if (image.isNull())
        return failed(QStringLiteral("null image"));
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const auto w = OPJ_UINT32(rgb.width()), h = OPJ_UINT32(rgb.height());
    opj_image_cmptparm_t parts[3];
    std::memset(parts, 0, sizeof(parts));
    for (auto &part : parts) {
        part.dx = part.dy = 1;
        part.w = w;
        part.h = h;
        part.prec = 8;
    }
    Image opj(opj_image_create(3, parts, OPJ_CLRSPC_SRGB));
    if (!opj)
        return failed(QStringLiteral("opj_image_create"));
    opj->x1 = w;
    opj->y1 = h;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const qsizetype i = qsizetype(y) * w + x;
            opj->comps[0].data[i] = qRed(line[x]);
            opj->comps[1].data[i] = qGreen(line[x]);
            opj->comps[2].data[i] = qBlue(line[x]);
        }
    }
    opj_cparameters_t parameters;
    opj_set_default_encoder_parameters(&parameters);
    parameters.tcp_numlayers = 1;
    parameters.tcp_rates[0] = float(std::max(1, compressionRatio));
    parameters.cp_disto_alloc = 1;
    parameters.irreversible = 1;
    int resolutions = 1; // each resolution level halves the image; the smallest must stay >= 1 pixel
    while (resolutions < 6 && (std::min(w, h) >> resolutions) >= 4)
        ++resolutions;
    parameters.numresolution = resolutions;

    MemoryStream memory;
    Codec codec(opj_create_compress(OPJ_CODEC_JP2));
    Stream stream = makeStream(memory, false);
    if (!codec || !stream)
        return failed(QStringLiteral("OpenJPEG setup failed"));
    silence(codec.get());
    if (!opj_setup_encoder(codec.get(), &parameters, opj.get()) || !opj_start_compress(codec.get(), opj.get(), stream.get())
        || !opj_encode(codec.get(), stream.get()) || !opj_end_compress(codec.get(), stream.get()))
        return failed(QStringLiteral("OpenJPEG encoding failed"));
    stream.reset(); // flushes what OpenJPEG still buffers
    return memory.data;
}

} // namespace motcua::card
