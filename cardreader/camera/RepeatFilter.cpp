#include "camera/RepeatFilter.h"

#include <QCryptographicHash>

namespace motcua::camera {

namespace {

QByteArray keyOf(const qr::DecodedCode &code)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(code.format.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(code.text.toUtf8());
    return hash.result();
}

} // namespace

RepeatFilter::RepeatFilter(std::chrono::milliseconds outOfView) : m_outOfView(outOfView) {}

QList<qr::DecodedCode> RepeatFilter::newCodes(const QList<qr::DecodedCode> &codes, Clock::time_point now)
{
    // Forget what has been out of view long enough, so the map stays as small as the scene.
    for (auto it = m_lastSeen.begin(); it != m_lastSeen.end();) {
        if (now - it.value() >= m_outOfView)
            it = m_lastSeen.erase(it);
        else
            ++it;
    }
    QList<qr::DecodedCode> fresh;
    for (const qr::DecodedCode &code : codes) {
        const QByteArray key = keyOf(code);
        const bool seen = m_lastSeen.contains(key);
        m_lastSeen.insert(key, now);
        if (!seen)
            fresh.append(code);
    }
    return fresh;
}

} // namespace motcua::camera
