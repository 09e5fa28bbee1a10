#pragma once
// The camera picture on the scan panel, with the region of interest drawn on it (the rest of the
// picture dimmed) so that the clerk knows where to hold the card, and a line of text over it when
// there is no picture (no camera, camera busy…).
// A QGraphicsVideoItem rather than a QVideoWidget: Qt 6.4's QVideoWidget shows the video in a
// native child window, over which no widget can draw the region.
#include <QGraphicsView>
#include <QRectF>

class QGraphicsPathItem;
class QGraphicsRectItem;
class QGraphicsTextItem;
class QGraphicsVideoItem;
class QVideoSink;

namespace motcua::app {

class CameraPreview : public QGraphicsView {
    Q_OBJECT
public:
    explicit CameraPreview(QWidget *parent = nullptr);

    // The output for CameraControl::setVideoOutput(); its sink is the one the scanner listens to.
    QGraphicsVideoItem *videoItem() const { return m_video; }
    QVideoSink *videoSink() const;

    void setRegionOfInterest(const QRectF &normalised); // empty: nothing drawn
    // Text over the picture (empty: none), e.g. "No camera".
    void setMessage(const QString &message);
    QString message() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void layoutItems();

    QGraphicsVideoItem *m_video = nullptr;
    QGraphicsPathItem *m_dimmed = nullptr;
    QGraphicsRectItem *m_frame = nullptr;
    QGraphicsRectItem *m_messageBox = nullptr; // keeps the text readable over a picture
    QGraphicsTextItem *m_message = nullptr;
    QRectF m_roi;
};

} // namespace motcua::app
