#pragma once
// Shared by the card tests that start and stop their own card on reader 1.
#include "pcsc/PcscContext.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QThread>

namespace motcua::test {

// pcscd notices that a vpcd card went away only at its next poll (about every 400 ms): wait for
// it, so that the next test cannot take this card for its own.
inline void waitUntilCardAbsent(const QString &readerName)
{
    auto context = card::PcscContext::establish();
    if (!context)
        return;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000) {
        auto readers = (*context)->readers();
        bool present = false;
        if (readers)
            for (const auto &reader : *readers)
                present = present || (reader.name == readerName && reader.cardPresent);
        if (!present)
            return;
        QThread::msleep(50);
    }
    FAIL("the simulated card is still present 5 s after the simulator stopped");
}

} // namespace motcua::test
