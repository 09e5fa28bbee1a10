#include "lds/SyntheticFace.h"

#include <QPainter>
#include <QPainterPath>

namespace motcua::card {

namespace {

// A small deterministic generator: the face must not change between runs or platforms.
class SeededValues {
public:
    explicit SeededValues(quint64 seed) : m_state(seed ^ 0x9e3779b97f4a7c15ull) {}
    int next(int low, int high) // inclusive
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return low + int(m_state % quint64(high - low + 1));
    }

private:
    quint64 m_state;
};

} // namespace

QImage syntheticFace(quint64 seed, QSize size)
{
    SeededValues values(seed);
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(235, 238, 242));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal w = size.width(), h = size.height();
    const QColor skin(values.next(190, 235), values.next(150, 195), values.next(120, 160));
    const QColor hair = QColor(values.next(10, 60), values.next(10, 40), values.next(5, 30));
    const qreal faceW = w * values.next(44, 54) / 100.0, faceH = h * values.next(46, 54) / 100.0;
    const QRectF face((w - faceW) / 2, h * 0.22, faceW, faceH);

    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(40, 60, 110)); // shoulders, a dark shirt
    painter.drawEllipse(QRectF(w * 0.1, h * 0.78, w * 0.8, h * 0.5));
    painter.setBrush(skin);
    painter.drawRect(QRectF(w * 0.43, face.bottom() - h * 0.04, w * 0.14, h * 0.12)); // neck
    painter.setBrush(hair);
    painter.drawEllipse(face.adjusted(-w * 0.03, -h * 0.05, w * 0.03, -faceH * 0.35));
    painter.setBrush(skin);
    painter.drawEllipse(face);

    const qreal eyeY = face.top() + faceH * 0.42, eyeDx = faceW * 0.2, eyeR = faceW * 0.055;
    for (const int side : {-1, 1}) {
        const QPointF centre(w / 2 + side * eyeDx, eyeY);
        painter.setBrush(Qt::white);
        painter.drawEllipse(centre, eyeR * 1.6, eyeR);
        painter.setBrush(QColor(40, 25, 15));
        painter.drawEllipse(centre, eyeR * 0.7, eyeR * 0.7);
        painter.setPen(QPen(hair, 3));
        painter.drawLine(centre + QPointF(-eyeR * 1.8, -eyeR * 2.2), centre + QPointF(eyeR * 1.8, -eyeR * 2.4));
        painter.setPen(Qt::NoPen);
    }
    painter.setPen(QPen(skin.darker(130), 2));
    painter.drawLine(QPointF(w / 2, eyeY + faceH * 0.05), QPointF(w / 2 - faceW * 0.04, eyeY + faceH * 0.22));
    QPainterPath mouth;
    const qreal mouthY = face.top() + faceH * 0.76;
    mouth.moveTo(w / 2 - faceW * 0.16, mouthY);
    mouth.quadTo(w / 2, mouthY + faceH * values.next(2, 8) / 100.0, w / 2 + faceW * 0.16, mouthY);
    painter.setPen(QPen(QColor(150, 60, 60), 3));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(mouth);
    painter.end();
    return image;
}

} // namespace motcua::card
