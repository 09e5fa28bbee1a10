#include "camera/CameraControl.h"

#include "camera/CameraLogging.h"

#include <QCamera>
#include <QSettings>

#include <algorithm>

namespace motcua::camera {

namespace {

// Time for a camera to deliver its first picture; USB cameras take a second or two.
constexpr int startTimeoutMs = 10000;

} // namespace

CameraControl::CameraControl(QSettings *settings, QObject *parent) : QObject(parent), m_settings(settings)
{
    qRegisterMetaType<State>();
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
    connect(&m_devices, &QMediaDevices::videoInputsChanged, this, &CameraControl::onInputsChanged);
    m_startTimeout.setSingleShot(true);
    m_startTimeout.setInterval(startTimeoutMs);
    connect(&m_startTimeout, &QTimer::timeout, this, [this] {
        if (m_state != State::Starting)
            return;
        qCWarning(lcCamera) << "camera did not start within" << startTimeoutMs << "ms";
        closeCamera();
        setState(State::Unavailable);
    });
    m_state = QMediaDevices::videoInputs().isEmpty() ? State::NoCamera : State::Stopped;
}

CameraControl::~CameraControl()
{
    closeCamera();
}

QList<CameraChoice> CameraControl::cameras() const
{
    QList<CameraChoice> choices;
    const QByteArray defaultId = QMediaDevices::defaultVideoInput().id();
    for (const QCameraDevice &device : QMediaDevices::videoInputs())
        choices.append({QString::fromUtf8(device.id()), device.description(), device.id() == defaultId});
    return choices;
}

QCameraDevice CameraControl::chosenDevice() const
{
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    if (devices.isEmpty())
        return {};
    const QByteArray wanted = m_settings->value(settingsKey()).toString().toUtf8();
    for (const QCameraDevice &device : devices) {
        if (!wanted.isEmpty() && device.id() == wanted)
            return device;
    }
    // The chosen camera is not plugged in: the default one for now, the choice is kept.
    const QCameraDevice fallback = QMediaDevices::defaultVideoInput();
    return fallback.isNull() ? devices.first() : fallback;
}

QString CameraControl::currentCameraId() const
{
    if (m_camera)
        return QString::fromUtf8(m_camera->cameraDevice().id());
    return QString::fromUtf8(chosenDevice().id());
}

bool CameraControl::selectCamera(const QString &id)
{
    const QList<CameraChoice> available = cameras();
    const bool known = std::any_of(available.begin(), available.end(),
                                   [&](const CameraChoice &choice) { return choice.id == id; });
    if (!known)
        return false;
    m_settings->setValue(settingsKey(), id);
    qCInfo(lcCamera) << "camera chosen:" << id;
    const bool sameRunning = m_camera && QString::fromUtf8(m_camera->cameraDevice().id()) == id;
    if (sameRunning)
        return true;
    closeCamera();
    if (m_wanted) // also after "unavailable": the clerk picked another camera to try
        openCamera(chosenDevice());
    return true;
}

void CameraControl::setVideoOutput(QObject *output)
{
    m_output = output;
    if (m_session)
        m_session->setVideoOutput(output);
}

void CameraControl::start()
{
    m_wanted = true;
    if (m_camera && (m_state == State::Active || m_state == State::Starting))
        return;
    closeCamera();
    const QCameraDevice device = chosenDevice();
    if (device.isNull()) {
        setState(State::NoCamera);
        return;
    }
    openCamera(device);
}

void CameraControl::stop()
{
    m_wanted = false;
    closeCamera();
    setState(QMediaDevices::videoInputs().isEmpty() ? State::NoCamera : State::Stopped);
}

void CameraControl::openCamera(const QCameraDevice &device)
{
    qCInfo(lcCamera) << "opening camera" << device.id() << device.description();
    m_camera = std::make_unique<QCamera>(device);
    connect(m_camera.get(), &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString &errorString) { onCameraError(errorString); });
    connect(m_camera.get(), &QCamera::activeChanged, this, [this](bool active) {
        if (active) {
            m_startTimeout.stop();
            setState(State::Active);
        } else if (m_state == State::Active) {
            setState(State::Stopped);
        }
    });
    if (!m_session) {
        m_session = std::make_unique<QMediaCaptureSession>();
        m_session->setVideoOutput(m_output);
    }
    m_session->setCamera(m_camera.get());
    setState(State::Starting);
    m_startTimeout.start();
    m_camera->start();
}

void CameraControl::closeCamera()
{
    m_startTimeout.stop();
    if (!m_camera)
        return;
    m_camera->disconnect(this);
    m_camera->stop();
    m_session->setCamera(nullptr);
    m_camera.reset();
}

void CameraControl::onCameraError(const QString &errorString)
{
    // The backend's text names the device and the system error: for the log, not the clerk.
    qCWarning(lcCamera) << "camera error:" << errorString;
    closeCamera();
    setState(State::Unavailable);
}

void CameraControl::onInputsChanged()
{
    emit camerasChanged();
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    qCInfo(lcCamera) << "cameras changed:" << devices.size() << "plugged in";
    if (m_camera) {
        const QByteArray current = m_camera->cameraDevice().id();
        const bool stillThere = std::any_of(devices.begin(), devices.end(),
                                            [&](const QCameraDevice &device) { return device.id() == current; });
        const QCameraDevice preferred = chosenDevice();
        // Unplugged, or the clerk's chosen camera came back: switch.
        if (!stillThere || (!preferred.isNull() && preferred.id() != current))
            closeCamera();
        else
            return;
    }
    if (devices.isEmpty()) {
        setState(State::NoCamera);
        return;
    }
    if (m_wanted)
        openCamera(chosenDevice());
    else
        setState(State::Stopped);
}

void CameraControl::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state, messageFor(state));
}

QString CameraControl::stateMessage() const
{
    return messageFor(m_state);
}

QString CameraControl::messageFor(State state)
{
    switch (state) {
    case State::NoCamera: return tr("No camera");
    case State::Stopped: return tr("The camera is off");
    case State::Starting: return tr("Starting the camera…");
    case State::Active: return QString();
    case State::Unavailable:
        return tr("The camera is used by another program or cannot be opened. Close the other program, "
                  "or choose another camera.");
    }
    return QString();
}

} // namespace motcua::camera
