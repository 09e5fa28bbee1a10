#include "CameraPreview.h"

#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QTextDocument>
#include <QTextOption>
#include <QGraphicsVideoItem>
#include <QPainterPath>
#include <QPen>
#include <QResizeEvent>

namespace motcua::app {

CameraPreview::CameraPreview(QWidget *parent) : QGraphicsView(parent)
{
    auto *scene = new QGraphicsScene(this);
    setScene(scene);
    setBackgroundBrush(Qt::black);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumSize(320, 200);

    m_video = new QGraphicsVideoItem;
    m_video->setAspectRatioMode(Qt::KeepAspectRatio);
    scene->addItem(m_video);
    connect(m_video, &QGraphicsVideoItem::nativeSizeChanged, this, &CameraPreview::layoutItems);

    m_dimmed = scene->addPath(QPainterPath(), Qt::NoPen, QColor(0, 0, 0, 110));
    m_frame = scene->addRect(QRectF(), QPen(QColor(80, 220, 120), 3));
    m_messageBox = scene->addRect(QRectF(), Qt::NoPen, QColor(0, 0, 0, 170));
    m_message = scene->addText(QString());
    m_message->setDefaultTextColor(Qt::white);
    m_message->document()->setDefaultTextOption(QTextOption(Qt::AlignHCenter));
    QFont font = m_message->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_message->setFont(font);
    m_roi = QRectF();
    layoutItems();
}

QVideoSink *CameraPreview::videoSink() const
{
    return m_video->videoSink();
}

void CameraPreview::setRegionOfInterest(const QRectF &normalised)
{
    m_roi = normalised;
    layoutItems();
}

void CameraPreview::setMessage(const QString &message)
{
    m_message->setPlainText(message);
    layoutItems();
}

QString CameraPreview::message() const
{
    return m_message->toPlainText();
}

void CameraPreview::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    layoutItems();
}

void CameraPreview::layoutItems()
{
    const QRectF area(QPointF(0, 0), QSizeF(viewport()->size()));
    scene()->setSceneRect(area);
    m_video->setPos(0, 0);
    m_video->setSize(area.size());
    // The picture's own rectangle inside the item (letterboxed); before the first frame, the
    // whole area in the camera's usual 4:3, so that the region shows where to hold the card.
    QRectF picture = m_video->nativeSize().isEmpty() ? QRectF() : m_video->boundingRect();
    if (picture.isEmpty()) {
        QSizeF size(4, 3);
        size.scale(area.size(), Qt::KeepAspectRatio);
        picture = QRectF(area.center() - QPointF(size.width() / 2, size.height() / 2), size);
    }
    const bool hasRoi = !m_roi.isEmpty();
    const QRectF roi(picture.x() + m_roi.x() * picture.width(), picture.y() + m_roi.y() * picture.height(),
                     m_roi.width() * picture.width(), m_roi.height() * picture.height());
    QPainterPath dim;
    if (hasRoi) {
        dim.setFillRule(Qt::OddEvenFill);
        dim.addRect(picture);
        dim.addRect(roi);
    }
    m_dimmed->setPath(dim);
    m_frame->setRect(roi);
    m_frame->setVisible(hasRoi);

    m_message->setTextWidth(area.width() * 0.85);
    const QRectF text = m_message->boundingRect();
    m_message->setPos(area.center() - QPointF(text.width() / 2, text.height() / 2));
    m_message->setVisible(!m_message->toPlainText().isEmpty());
    m_messageBox->setRect(QRectF(m_message->pos(), text.size()).adjusted(-6, -4, 6, 4));
    m_messageBox->setVisible(m_message->isVisible());
}

} // namespace motcua::app
