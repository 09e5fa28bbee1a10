#pragma once
// The simulator's fault switches: each makes the chip misbehave the way a real card, a worn
// card or a forged one does, so that every error path of the reader is tested for real.
#include <QSet>

namespace motcua::sim {

struct SimFaults {
    bool wrongKeyAnswers = false;   // the chip refuses every access key (BAC/PACE fail: 6300)
    int removeAfterApdus = -1;      // the card is pulled out after this many APDUs (-1: never)
    QSet<quint16> tamperedFiles;    // these files' content is altered after the SOD was signed
    bool badResponseMac = false;    // secure-messaging responses carry a wrong MAC
    int latencyMs = 0;              // a slow chip: added delay before each response
    int maxResponseLength = 0;      // the most data one response carries (0: 256 short / 65536 ext.)
    bool paceNotOffered = false;    // no EF.CardAccess, PACE refused: BAC only
    bool noExtendedLength = false;  // the chip refuses extended-length APDUs
};

} // namespace motcua::sim
