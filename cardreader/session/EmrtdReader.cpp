#include "session/EmrtdReader.h"

#include "emrtd/ActiveAuth.h"
#include "emrtd/ChipAuth.h"
#include "emrtd/EmrtdErrors.h"
#include "emrtd/FileReader.h"
#include "lds/Dg15.h"
#include "lds/Dg2.h"
#include "lds/FaceImageCodec.h"
#include "lds/LdsFile.h"
#include "lds/Sod.h"
#include "session/CancellableTransport.h"
#include "session/ChipAccess.h"
#include "pcsc/PcscError.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace motcua::card {

Q_LOGGING_CATEGORY(lcSession, "motcua.card.session", QtInfoMsg)

namespace {

constexpr int kDg1 = 1, kDg2 = 2, kDg13 = 13, kDg14 = 14, kDg15 = 15;

bool isAbsent(const Error &error)
{
    return error.code == emrtd::ErrorCode::absent || error.code == emrtd::ErrorCode::notAllowed;
}

// One read in progress: the channel, the clock, and what has been gathered so far.
class ReadRun {
public:
    ReadRun(ApduTransport &transport, const EmrtdReader::Progress &progress)
        : m_transport(transport), m_progress(progress), m_startApdus(transport.apduCount())
    {
        m_clock.start();
    }

    double elapsedMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }
    int apdusSoFar() const { return m_transport.apduCount() - m_startApdus; }

    // Counts the APDUs of `step` under `name` in the timings.
    template <typename Step>
    auto counted(const QString &name, Step step)
    {
        const int before = m_transport.apduCount();
        auto outcome = step();
        result.timings.apdusPerFile[name] += m_transport.apduCount() - before;
        return outcome;
    }

    // nullopt with no error: the chip does not hold the file (or keeps it behind EAC).
    Result<std::optional<QByteArray>> readFile(ApduTransport &channel, int file)
    {
        const QString name = lds::fileName(file);
        auto content = counted(name, [&] {
            return FileReader(channel).readByFid(lds::fileId(file), [&](qsizetype read, qsizetype total) {
                if (m_progress)
                    m_progress(ReadProgress{name, read, total});
            });
        });
        if (!content) {
            if (isAbsent(content.error())) {
                qCDebug(lcSession) << "file absent:" << name << content.error().code;
                return std::optional<QByteArray>();
            }
            return content.error();
        }
        result.files.insert(name, *content);
        result.timings.bytesRead += content->size();
        if (file != lds::kSod)
            dataGroups.insert(file, *content);
        return std::optional<QByteArray>(*content);
    }

    CardReadResult result;
    QMap<int, QByteArray> dataGroups;
    QList<Error> reasons;
    bool dataComplete = true;

private:
    ApduTransport &m_transport;
    const EmrtdReader::Progress &m_progress;
    QElapsedTimer m_clock;
    int m_startApdus;
};

// Why a check could not be made, in the clerk's words; the file's name is in the message.
Error unreadable(int file, const Error &cause)
{
    return Error{QStringLiteral("verify.file.unreadable"),
                 QCoreApplication::translate("EmrtdReader", "The chip's %1 could not be read: %2").arg(lds::fileName(file), cause.message),
                 cause.code + QStringLiteral(": ") + cause.detail};
}

} // namespace

EmrtdReader::EmrtdReader(ApduTransport &transport, const TrustStore &trust) : m_transport(transport), m_trust(trust) {}

Error EmrtdReader::cancelledError()
{
    return Error{SessionErrorCode::cancelled, tr("Reading the card was cancelled."), QStringLiteral("cancelled at an APDU boundary")};
}

bool EmrtdReader::isCardRemoved(const Error &error)
{
    return error.code == QLatin1String("card.removed") || pcscErrorKind(error) == PcscErrorKind::CardRemoved;
}

Result<CardReadResult> EmrtdReader::read(const AccessKey &key, const Options &options, Progress progress, FormReady formReady)
{
    // The flag is cleared when the read ends, not when it starts, so a cancel() that races
    // ahead of read() on another thread is not lost.
    struct ClearOnExit {
        std::atomic<bool> &flag;
        ~ClearOnExit() { flag = false; }
    } clear{m_cancelled};
    CancellableTransport transport(m_transport, m_cancelled, &EmrtdReader::cancelledError);
    ReadRun run(transport, progress);
    CardReadResult &result = run.result;

    auto opened = run.counted(QStringLiteral("access"), [&] { return ChipAccess::open(transport, key); });
    if (!opened)
        return opened.error();
    result.accessProtocol = opened->protocol;
    result.timings.accessMs = run.elapsedMs();
    SecureChannel channel(transport, opened->session);

    // DG13 first: it fills the counter's form, so the clerk starts while the rest is read.
    auto dg13Bytes = run.readFile(channel, kDg13);
    if (!dg13Bytes)
        return dg13Bytes.error();
    result.timings.dg13ReadMs = run.elapsedMs();
    if (*dg13Bytes) {
        auto dg13 = Dg13::parse(**dg13Bytes);
        if (dg13) {
            result.dg13 = *dg13;
            if (formReady)
                formReady(dg13->person, false);
        } else {
            run.reasons.append(dg13.error());
            run.dataComplete = false;
        }
    }

    // The SOD comes right after DG13, earlier than the reading order, because the
    // counter's need is the time until the form shows *verified* data: with the SOD in hand,
    // DG13's hash, the signature and the chain are checked at once (milliseconds of CPU), and
    // everything else is read while the clerk already works on a proven form.
    std::optional<Sod> sod;
    auto sodBytes = run.readFile(channel, lds::kSod);
    if (!sodBytes)
        return sodBytes.error();
    if (*sodBytes) {
        auto parsed = Sod::parse(**sodBytes);
        if (parsed)
            sod = *parsed;
        else
            run.reasons.append(parsed.error());
    } else {
        run.reasons.append(Error{QStringLiteral("verify.sod.missing"),
                                 tr("The chip holds no security object, so its data cannot be proven."), QStringLiteral("EF.SOD absent")});
    }
    if (sod && result.dg13 && sod->dataGroupHashes.contains(kDg13)) {
        PassiveAuthResult early;
        PassiveAuth::checkHashes(*sod, {{kDg13, run.dataGroups.value(kDg13)}}, early);
        PassiveAuth::checkSignature(*sod, early);
        PassiveAuth::checkChain(*sod, m_trust, options.at, early);
        if (early.verified()) {
            result.timings.dg13VerifiedMs = run.elapsedMs();
            if (formReady)
                formReady(result.dg13->person, true);
        }
    }

    auto dg1Bytes = run.readFile(channel, kDg1);
    if (!dg1Bytes)
        return dg1Bytes.error();
    if (*dg1Bytes) {
        auto dg1 = Dg1::parse(**dg1Bytes, options.at.date());
        if (dg1)
            result.dg1 = *dg1;
        else
            run.reasons.append(dg1.error());
    }
    if (!result.dg13 && !result.dg1)
        run.dataComplete = false;

    std::optional<Dg14Infos> dg14;
    auto dg14Bytes = run.readFile(channel, kDg14);
    if (!dg14Bytes)
        return dg14Bytes.error();
    if (*dg14Bytes) {
        auto infos = ChipAuth::parseDg14(**dg14Bytes);
        if (infos)
            dg14 = *infos;
        else
            run.reasons.append(unreadable(kDg14, infos.error()));
    }
    std::optional<Dg15> dg15;
    auto dg15Bytes = run.readFile(channel, kDg15);
    if (!dg15Bytes)
        return dg15Bytes.error();
    if (*dg15Bytes) {
        auto key15 = Dg15::parse(**dg15Bytes);
        if (key15)
            dg15 = *key15;
        else
            run.reasons.append(unreadable(kDg15, key15.error()));
    }

    // Clone detection: Chip Authentication when DG14 offers it (it also upgrades the session
    // keys), else Active Authentication. Only the chip's own refusal is an outcome; the card
    // leaving the reader, or a cancel, ends the read.
    const auto judge = [&](const Status &status, const QString &failedCode, CheckOutcome &outcome) -> std::optional<Error> {
        if (status) {
            outcome = CheckOutcome::Passed;
            return std::nullopt;
        }
        if (status.error().code != failedCode)
            return status.error();
        outcome = CheckOutcome::Failed;
        run.reasons.append(status.error());
        return std::nullopt;
    };
    if (dg14 && !dg14->caProtocolOid.isEmpty() && ChipAuth::cipherOf(dg14->caProtocolOid)) {
        const Status ca = run.counted(QStringLiteral("chipAuthentication"), [&] { return ChipAuth::authenticate(channel, *dg14); });
        if (auto fatal = judge(ca, emrtd::ErrorCode::chipAuth, result.chipAuthentication))
            return *fatal;
    } else if (dg15) {
        const QByteArray signatureOid = dg14 ? dg14->aaSignatureOid : QByteArray();
        const Status aa = run.counted(QStringLiteral("activeAuthentication"),
                                      [&] { return ActiveAuth::authenticate(channel, dg15->subjectPublicKeyInfo, signatureOid); });
        if (auto fatal = judge(aa, emrtd::ErrorCode::activeAuth, result.activeAuthentication))
            return *fatal;
    }

    // The photo last: it is the largest file and the form does not wait for it. A chip that
    // failed Chip Authentication has ended the session, so there is nothing more to read.
    QImage photo;
    if (options.readPhoto && !channel.isClosed()) {
        auto dg2Bytes = run.readFile(channel, kDg2);
        if (!dg2Bytes)
            return dg2Bytes.error();
        if (*dg2Bytes) {
            auto dg2 = Dg2::parse(**dg2Bytes);
            auto image = dg2 ? FaceImageCodec::decode(dg2->faces.first()) : Result<QImage>(dg2.error());
            if (image) {
                photo = *image;
            } else {
                run.reasons.append(unreadable(kDg2, image.error()));
                run.dataComplete = false;
            }
        }
    }

    if (sod)
        result.passiveAuth = PassiveAuth::verify(*sod, run.dataGroups, m_trust, options.at);
    ChipChecks checks = ChipChecks::from(result.passiveAuth, result.chipAuthentication, result.activeAuthentication);
    checks.dataRead = run.dataComplete && sod.has_value();
    QList<Error> reasons = result.passiveAuth.reasons;
    reasons.append(run.reasons);
    result.identity = VerifiedIdentity::fromChip(result.dg13 ? &*result.dg13 : nullptr, result.dg1 ? &*result.dg1 : nullptr,
                                                 photo, checks, reasons);
    result.timings.fullReadMs = run.elapsedMs();
    result.timings.apduCount = run.apdusSoFar();
    qCDebug(lcSession).noquote() << "card read:" << result.accessProtocol << verificationLevelName(result.identity.level)
                                << "apdus" << result.timings.apduCount << "bytes" << result.timings.bytesRead
                                << "ms" << result.timings.fullReadMs;
    return result;
}

} // namespace motcua::card
