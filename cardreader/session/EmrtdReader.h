#pragma once
// Reads a CCCD chip from access to verified identity: access control (PACE, else BAC), the files
// in the order the counter needs them, Chip or Active Authentication, passive authentication,
// and the VerifiedIdentity with its level and reasons. Synchronous: CardSession runs it on a
// worker thread; motcua-card runs it directly.
#include "apdu/ApduTransport.h"
#include "common/Result.h"
#include "identity/Person.h"
#include "lds/Dg1.h"
#include "lds/Dg13.h"
#include "lds/PassiveAuth.h"
#include "lds/TrustStore.h"
#include "lds/VerifiedIdentity.h"
#include "session/AccessKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace motcua::card {

namespace SessionErrorCode {
inline const QString cancelled = QStringLiteral("card.cancelled");
// PACE not offered and the key is a CAN: BAC needs the MRZ.
inline const QString mrzRequired = QStringLiteral("emrtd.access.mrzRequired");
} // namespace SessionErrorCode

struct ReadProgress {
    QString file; // "DG13", lds::fileName
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
};

// Milliseconds since read() began, each at the moment the step ended.
struct ReadTimings {
    double accessMs = 0;
    double dg13ReadMs = 0;
    double dg13VerifiedMs = 0; // 0 when DG13 could not be verified
    double fullReadMs = 0;
    int apduCount = 0;
    qint64 bytesRead = 0;
    QMap<QString, int> apdusPerFile; // "DG13" -> APDUs, plus "access", "chipAuthentication", "activeAuthentication"
};

struct CardReadResult {
    VerifiedIdentity identity;
    std::optional<Dg13> dg13;
    std::optional<Dg1> dg1;
    PassiveAuthResult passiveAuth;
    CheckOutcome chipAuthentication = CheckOutcome::NotPerformed;
    CheckOutcome activeAuthentication = CheckOutcome::NotPerformed;
    QString accessProtocol; // "PACE-CAN", "PACE-MRZ", "BAC"
    ReadTimings timings;
    QMap<QString, QByteArray> files; // "DG13" -> the file as read
};

class EmrtdReader {
    Q_DECLARE_TR_FUNCTIONS(EmrtdReader)
public:
    // Both must outlive the reader.
    EmrtdReader(ApduTransport &transport, const TrustStore &trust);

    struct Options {
        bool readPhoto = true;
        QDateTime at = QDateTime::currentDateTimeUtc(); // the day certificates must be valid on
    };
    using Progress = std::function<void(const ReadProgress &)>;
    // Called as soon as DG13 is read (verified=false), and again once DG13's hash, the SOD's
    // signature and the signer's chain are checked (verified=true; not called when they fail).
    using FormReady = std::function<void(const Person &dg13Person, bool verified)>;

    // Errors: emrtd.access.denied (wrong key), emrtd.access.mrzRequired, card.pcsc.* (card.pcsc.cardRemoved:
    // retryable), emrtd.sm.*, card.cancelled. A file that fails its check is not an error: the
    // result is read but not verified, with reasons naming the file.
    Result<CardReadResult> read(const AccessKey &key, const Options &options, Progress progress = {},
                                FormReady formReady = {});
    // Thread-safe: read() stops with card.cancelled before its next APDU. A cancel() while no
    // read is running applies to the next one.
    void cancel() { m_cancelled = true; }

    static Error cancelledError();
    // The card left the reader: PC/SC's card.pcsc.card-removed, or the in-process chip's card.removed.
    static bool isCardRemoved(const Error &error);

private:
    ApduTransport &m_transport;
    const TrustStore &m_trust;
    std::atomic<bool> m_cancelled{false};
};

} // namespace motcua::card

Q_DECLARE_METATYPE(motcua::card::ReadProgress)
Q_DECLARE_METATYPE(motcua::card::CardReadResult)
