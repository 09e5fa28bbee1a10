#pragma once
// The counter's camera: which cameras are plugged in (and when that changes), the clerk's choice
// (QSettings "camera/deviceId"; the system's default camera otherwise), and one QCamera in a
// QMediaCaptureSession feeding a preview. Its state is what the scan panel shows: no camera,
// starting, active, or unavailable (another program holds it, or it cannot be opened). A machine
// without a camera is a normal case, not an error.
#include <QCameraDevice>
#include <QCoreApplication>
#include <QList>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

class QCamera;
class QSettings;

namespace motcua::camera {

struct CameraChoice {
    QString id;   // QCameraDevice::id(), as text
    QString name; // the device's description, for the camera list
    bool isDefault = false;
};

class CameraControl : public QObject {
    Q_OBJECT
public:
    enum class State {
        NoCamera,    // none plugged in (or none the multimedia backend can see)
        Stopped,     // a camera is there, not running
        Starting,    // asked to start, no picture yet
        Active,      // delivering frames
        Unavailable, // used by another program, or cannot be opened
    };
    Q_ENUM(State)

    static QString settingsKey() { return QStringLiteral("camera/deviceId"); }

    // `settings` keeps the clerk's choice (not owned; nullptr: the application's QSettings).
    explicit CameraControl(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~CameraControl() override;

    QList<CameraChoice> cameras() const;
    // The camera used (or to be used) by start(); empty when there is none.
    QString currentCameraId() const;
    // Chooses a camera and remembers the choice; restarts the picture when it was running.
    // False (and nothing changes) for an id that is not plugged in.
    bool selectCamera(const QString &id);

    // The preview: a QVideoWidget, a QGraphicsVideoItem or a QVideoSink (see
    // QMediaCaptureSession::setVideoOutput).
    void setVideoOutput(QObject *output);

    void start();
    void stop();
    State state() const { return m_state; }
    // What the clerk reads for the state (translated); empty while active.
    QString stateMessage() const;
    static QString messageFor(State state);

signals:
    void stateChanged(motcua::camera::CameraControl::State state, const QString &message);
    void camerasChanged();

private:
    QCameraDevice chosenDevice() const;
    void openCamera(const QCameraDevice &device);
    void closeCamera();
    void onInputsChanged();
    void onCameraError(const QString &errorString);
    void setState(State state);

    QSettings *m_settings = nullptr;
    std::unique_ptr<QSettings> m_ownSettings;
    QMediaDevices m_devices;
    // Made with the first camera: the multimedia backend's pipeline is not built (nor its
    // warnings printed) on a machine that has no camera.
    std::unique_ptr<QMediaCaptureSession> m_session;
    QPointer<QObject> m_output;
    std::unique_ptr<QCamera> m_camera;
    QTimer m_startTimeout; // a camera that never delivers is as good as unavailable
    State m_state = State::NoCamera;
    bool m_wanted = false; // the clerk wants the picture (restart it when a camera comes back)
};

} // namespace motcua::camera
