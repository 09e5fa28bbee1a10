#include "TestSupport.h"
#include "camera/CameraControl.h"

#include <catch2/catch.hpp>

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QVideoSink>

using namespace motcua;
using namespace motcua::camera;

// The test machines have no camera: the normal case at many counters, and it must be a state the
// panel shows, not a crash. On a machine with a camera these checks do not apply.
TEST_CASE("without a camera the state is NoCamera, and starting stays there")
{
    if (!QMediaDevices::videoInputs().isEmpty()) {
        WARN("this machine has a camera; the no-camera checks are skipped");
        return;
    }
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(CameraControl::settingsKey(), QStringLiteral("/dev/video7")); // unplugged since
    CameraControl control(&settings);
    QVideoSink sink;
    control.setVideoOutput(&sink);
    QSignalSpy changed(&control, &CameraControl::stateChanged);

    CHECK(control.state() == CameraControl::State::NoCamera);
    CHECK(control.cameras().isEmpty());
    CHECK(control.currentCameraId().isEmpty());
    CHECK_FALSE(control.stateMessage().isEmpty());

    control.start();
    CHECK(control.state() == CameraControl::State::NoCamera);
    CHECK(changed.isEmpty()); // nothing changed
    CHECK_FALSE(control.selectCamera(QStringLiteral("/dev/video0")));
    // The clerk's choice is kept for when that camera is plugged in again.
    CHECK(settings.value(CameraControl::settingsKey()).toString() == QStringLiteral("/dev/video7"));
    control.stop();
    CHECK(control.state() == CameraControl::State::NoCamera);
}

TEST_CASE("every state has words for the clerk except Active")
{
    using S = CameraControl::State;
    for (S state : {S::NoCamera, S::Stopped, S::Starting, S::Unavailable})
        CHECK_FALSE(CameraControl::messageFor(state).isEmpty());
    CHECK(CameraControl::messageFor(S::Active).isEmpty());
    CHECK(CameraControl::messageFor(S::Unavailable).contains(QStringLiteral("another program")));
}
