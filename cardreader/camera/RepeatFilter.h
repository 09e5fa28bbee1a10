#pragma once
// A card held under the camera is decoded in every frame, 30 times a second; the clerk wants it
// once. RepeatFilter lets a code through the first time and again only after it has been out of
// view (not decoded) for a while. It remembers a hash of each text, not the text: the kiosk must
// not keep a citizen's data in memory longer than it shows it.
#include "qr/DecodedCode.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <chrono>

namespace motcua::camera {

class RepeatFilter {
public:
    using Clock = std::chrono::steady_clock;

    explicit RepeatFilter(std::chrono::milliseconds outOfView = std::chrono::milliseconds(2000));

    void setOutOfView(std::chrono::milliseconds outOfView) { m_outOfView = outOfView; }
    std::chrono::milliseconds outOfView() const { return m_outOfView; }

    // The codes in `codes` not seen within outOfView() before `now` (each text once), and
    // remembers all of them as seen at `now`.
    QList<qr::DecodedCode> newCodes(const QList<qr::DecodedCode> &codes, Clock::time_point now);
    // Forgets every code: the next sighting of any code is new.
    void clear() { m_lastSeen.clear(); }
    qsizetype remembered() const { return m_lastSeen.size(); }

private:
    std::chrono::milliseconds m_outOfView;
    QHash<QByteArray, Clock::time_point> m_lastSeen; // SHA-256 of format + text → last decoded
};

} // namespace motcua::camera
