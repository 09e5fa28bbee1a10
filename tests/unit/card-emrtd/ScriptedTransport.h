#pragma once
// Replays a published exchange (ICAO worked examples): each command must be the expected bytes,
// and gets the published answer. Only for examples whose chip answers are fixed by the standard;
// everything else pairs the reader with the real applet.
#include "apdu/ApduTransport.h"

#include <QList>
#include <QPair>

namespace motcua::test {

class ScriptedTransport : public card::ApduTransport {
public:
    explicit ScriptedTransport(QList<QPair<QByteArray, QByteArray>> script) : m_script(std::move(script)) {}
    Result<card::ResponseApdu> transmit(const card::CommandApdu &command) override
    {
        if (m_count >= m_script.size())
            return Error{QStringLiteral("test.script"), QStringLiteral("unexpected command"), {}};
        const auto &[expected, answer] = m_script.at(m_count++);
        m_sent.append(command.encode());
        if (!expected.isEmpty() && command.encode() != expected)
            return *card::ResponseApdu::decode(QByteArray::fromHex("6988"));
        return *card::ResponseApdu::decode(answer);
    }
    bool supportsExtendedLength() const override { return false; }
    int maxResponseLength() const override { return 256; }
    int apduCount() const override { return m_count; }
    const QList<QByteArray> &sent() const { return m_sent; }

private:
    QList<QPair<QByteArray, QByteArray>> m_script;
    QList<QByteArray> m_sent;
    int m_count = 0;
};

} // namespace motcua::test
