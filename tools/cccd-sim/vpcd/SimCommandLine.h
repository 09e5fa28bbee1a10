#pragma once
// The cccd-sim command line and its serving loop, apart from the chip itself so that the tests
// can serve a trivial card through the same code:
//   cccd-sim [--port 35963] [--host 127.0.0.1] (--citizen FILE.json | --population-index N)
//            --pki DIR [--wrong-key] [--remove-after N] [--tamper DG13]... [--bad-mac]
//            [--latency MS] [--max-response N] [--no-pace] [--no-extended] [--jpeg2000] [--print-keys]
#include "CardImage.h"
#include "SimFaults.h"
#include "vpcd/VpcdConnection.h"

#include <QStringList>
#include <optional>

namespace motcua::sim {

struct SimServeArguments {
    VpcdOptions vpcd;
    SimFaults faults;
    QString citizenFile;
    std::optional<qint64> populationIndex;
    QString pkiDir;
    bool jpeg2000Face = false; // DG2 holds a JPEG 2000 face (JPEG otherwise)
    bool printKeys = false;    // print the simulated citizen's access keys on stdout (demo, tests)
};

// Parses the serving arguments (the program name already removed). Removal and latency are
// copied into both `faults` and `vpcd`: the transport is what enacts them.
Result<SimServeArguments> parseSimServeArguments(QStringList args);

// A T=1 ATR whose card capabilities announce extended-length APDUs, like an eMRTD chip's.
QByteArray simulatorAtr();

// Connects to vpcd and answers until the card is removed, vpcd goes away, or SIGTERM/SIGINT
// arrives (handled: a clean close). Returns the process exit code (0 clean, 1 error).
int serveUntilStopped(VpcdConnection::ApduHandler handler, const QByteArray &atr, const VpcdOptions &options,
                      std::function<void()> onReset = {});

} // namespace motcua::sim
