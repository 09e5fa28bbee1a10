// vpcd-test-card: a trivial card served through the simulator's real vpcd transport, for the
// PC/SC integration tests (the chip itself is tested with cccd-sim). It answers:
//   00 84 00 00 Le   GET CHALLENGE: Le bytes, 9000
//   00 B0 P1 P2 Le   READ BINARY: Le bytes of a counting pattern, 9000
//   00 CA 00 00 Le   GET DATA: 6110 first (16 bytes wait), then GET RESPONSE 00 C0 gives them
//   00 CB 00 00 Le   answers 6C08 unless Le is 8
//   anything else    9000
// Arguments: cccd-sim's serving arguments (--port, --remove-after, --latency...).
#include "apdu/Apdu.h"
#include "vpcd/SimCommandLine.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace motcua;
using namespace motcua::card;

namespace {

QByteArray pattern(int length)
{
    QByteArray bytes(length, '\0');
    for (int i = 0; i < length; ++i)
        bytes[i] = char(i & 0xff);
    return bytes;
}

QByteArray answer(const QByteArray &bytes)
{
    const auto command = CommandApdu::decode(bytes);
    if (!command)
        return ResponseApdu({}, Sw::wrongLength).encode();
    const int le = command->le().value_or(0);
    switch (command->ins()) {
    case 0x84:
    case 0xb0:
        return ResponseApdu(pattern(le), Sw::ok).encode();
    case 0xca:
        return ResponseApdu({}, 0x6110).encode();
    case 0xc0:
        return ResponseApdu(pattern(le), Sw::ok).encode();
    case 0xcb:
        return le == 8 ? ResponseApdu(pattern(8), Sw::ok).encode() : ResponseApdu({}, 0x6c08).encode();
    default:
        return ResponseApdu({}, Sw::ok).encode();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    auto arguments = sim::parseSimServeArguments(QCoreApplication::arguments().mid(1));
    if (!arguments) {
        QTextStream(stderr) << arguments.error().toString() << '\n';
        return 64;
    }
    return sim::serveUntilStopped(answer, sim::simulatorAtr(), arguments->vpcd);
}
