#include "DemoSeed.h"

#include "blobs/BlobStore.h"
#include "calendar/WorkingDays.h"
#include "population/SyntheticPopulation.h"
#include "procedures/CatalogLoader.h"
#include "procedures/Prefill.h"
#include "storage/WorkstationConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QTimeZone>
#include <random>

namespace motcua::admin {

namespace {

const QStringList kClerks{QStringLiteral("canbo01"), QStringLiteral("canbo02"), QStringLiteral("canbo03")};

// The people of a demo dossier: every party that holds a card is a synthetic citizen; the
// others (a new-born child, say) are left for the clerk to type, as at a real counter.
QMap<QString, Person> demoPeople(const Procedure &procedure, const population::SyntheticPopulation &population, qint64 &next)
{
    QMap<QString, Person> people;
    for (const auto &party : procedure.parties)
        if (party.hasCard)
            people.insert(party.role, population.citizen(next++));
    return people;
}

// A counter day `back` working days before today, at a plausible counter hour.
QDateTime receivedTime(const calendar::WorkingCalendar &calendar, int back, std::mt19937 &rng)
{
    QDate day = QDate::currentDate();
    for (int moved = 0; moved < back || !calendar.isWorkingDay(day).value();) {
        day = day.addDays(-1);
        if (calendar.isWorkingDay(day).value())
            ++moved;
    }
    const QTime time(std::uniform_int_distribution<int>(8, 16)(rng), std::uniform_int_distribution<int>(0, 59)(rng));
    return QDateTime(day, time, QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"))).toUTC();
}

// Moves older demo dossiers along the workflow, so that the lists show every status.
Status addStatuses(Dossier &dossier, int back, std::mt19937 &rng)
{
    const QDateTime received = dossier.receivedAt;
    const int roll = std::uniform_int_distribution<int>(0, 9)(rng);
    QList<std::pair<DossierStatus, QDateTime>> steps{{DossierStatus::Received, received}};
    if (back >= 1)
        steps.append({DossierStatus::Processing, received.addSecs(3600)});
    if (back >= 1 && roll == 9) {
        Status rejected = changeStatus(dossier, DossierStatus::Received, received, dossier.clerk);
        if (rejected)
            rejected = changeStatus(dossier, DossierStatus::Rejected, received.addDays(1), dossier.clerk,
                                    QStringLiteral("Hồ sơ mẫu: thiếu giấy tờ theo quy định"));
        return rejected;
    }
    if (back >= 3 && roll < 6)
        steps.append({DossierStatus::ResultReady, received.addDays(2)});
    if (back >= 5 && roll < 4)
        steps.append({DossierStatus::Returned, received.addDays(3)});
    for (const auto &[status, at] : steps)
        if (Status moved = changeStatus(dossier, status, at, dossier.clerk); !moved)
            return moved;
    return {};
}

// `kib` KiB of bytes that no compression shrinks, different for every document.
QByteArray scanPadding(int kib, quint32 seed)
{
    QByteArray bytes(qsizetype(kib) * 1024, Qt::Uninitialized);
    std::mt19937 rng(seed);
    for (char &b : bytes)
        b = char(rng() & 0xff);
    return bytes;
}

// A document as received: on paper only until demoScan digitises it.
Attachment paperDocument(const DocumentRequirement &doc, int page)
{
    Attachment a;
    a.documentId = doc.id;
    a.originalSeen = doc.originalSeen;
    a.mimeType = QStringLiteral("application/pdf");
    a.pages = 1;
    a.fileName = doc.id + (page > 0 ? QStringLiteral("-%1.pdf").arg(page + 1) : QStringLiteral(".pdf"));
    return a;
}

Result<Attachment> demoScan(const DocumentRequirement &doc, int index, int page, int scanKiB, BlobStore &blobs)
{
    Attachment a = paperDocument(doc, page);
    const QByteArray scan = QByteArrayLiteral("%PDF-1.4\n% MotCua demo scan: ") + doc.id.toUtf8() + QByteArrayLiteral(" #")
                            + QByteArray::number(index) + '.' + QByteArray::number(page) + QByteArrayLiteral("\n")
                            + scanPadding(scanKiB, quint32(qHash(doc.id)) ^ quint32(index) ^ (quint32(page) << 24))
                            + QByteArrayLiteral("\n%%EOF\n");
    auto blob = blobs.putBytes(scan);
    if (!blob)
        return blob.error();
    a.sha256 = blob->sha256;
    a.size = blob->size;
    a.reused = doc.reusable && index % 3 == 0;
    return a;
}

// The everyday mix: the procedure's required documents, most digitised at the counter, one
// dossier in five with paper only.
Result<QList<Attachment>> requiredDocuments(const Procedure &procedure, int index, int scanKiB, BlobStore &blobs)
{
    QList<Attachment> out;
    for (const auto &doc : procedure.documents) {
        if (!doc.required)
            continue;
        if (index % 5 == 4) {
            out << paperDocument(doc, 0);
            continue;
        }
        auto scan = demoScan(doc, index, 0, scanKiB, blobs);
        if (!scan)
            return scan.error();
        out << *scan;
    }
    return out;
}

// Exactly `scans` digitised documents (a benchmark's fixed load): the procedure's documents in
// order, a second page of each when the procedure lists fewer.
Result<QList<Attachment>> fixedScans(const Procedure &procedure, int index, int scans, int scanKiB, BlobStore &blobs)
{
    QList<Attachment> out;
    for (int k = 0; k < scans && !procedure.documents.isEmpty(); ++k) {
        const auto &doc = procedure.documents.at(k % procedure.documents.size());
        auto scan = demoScan(doc, index, k / int(procedure.documents.size()), scanKiB, blobs);
        if (!scan)
            return scan.error();
        out << *scan;
    }
    return out;
}

} // namespace

Result<int> seedDemoDossiers(const QString &dataDir, int count, int scanKiB, int scansPerDossier)
{
    auto opened = openWorkstationStore(dataDir);
    if (!opened)
        return opened.error();
    DossierStore &store = **opened;
    auto existing = store.list(QDate(), QDate(), 1);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return Error{QStringLiteral("demo.notEmpty"), QCoreApplication::translate("DemoSeed", "This workstation already holds dossiers: demo data is only seeded into an empty one."), dataDir};

    const Catalog catalog = CatalogLoader::loadBuiltIn(QDir(dataDir).filePath(QStringLiteral("procedures")));
    if (catalog.isEmpty())
        return Error{QStringLiteral("demo.noCatalog"), QCoreApplication::translate("DemoSeed", "No procedure could be loaded."), {}};
    auto key = DataKey::loadOrCreate(WorkstationPaths::keyFile(dataDir));
    if (!key)
        return key.error();
    BlobStore blobs(QDir(dataDir).filePath(QStringLiteral("blobs")), *key);
    const calendar::WorkingCalendar calendar(calendar::HolidayCalendar(QDir(dataDir).filePath(QStringLiteral("calendar"))));
    const population::SyntheticPopulation population(population::SyntheticPopulation::kDefaultSeed, QDate::currentDate());

    // A fixed number of scans needs procedures that name documents to scan.
    QList<const Procedure *> procedures;
    for (const Procedure &procedure : catalog.all())
        if (scansPerDossier == 0 || !procedure.documents.isEmpty())
            procedures << &procedure;

    std::mt19937 rng(20261204u);
    qint64 nextCitizen = 0;
    int saved = 0;
    for (int i = 0; i < count; ++i) {
        const Procedure &procedure = *procedures.at(i % procedures.size());
        const QMap<QString, Person> people = demoPeople(procedure, population, nextCitizen);
        const PrefillResult prefill = Prefill::fill(procedure, people);

        Dossier dossier;
        dossier.procedureId = procedure.id;
        dossier.clerk = kClerks.at(i % kClerks.size());
        const int back = std::uniform_int_distribution<int>(0, 9)(rng);
        dossier.receivedAt = receivedTime(calendar, back, rng);
        auto due = calendar.appointmentDate(dossier.receivedAt.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"))),
                                            procedure.processingDays);
        if (!due)
            return due.error();
        dossier.dueDate = *due;
        for (auto it = people.cbegin(); it != people.cend(); ++it)
            dossier.parties << DossierParty{it.key(), it.value()};
        const auto &values = prefill.form.values();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            dossier.fields.insert(it.key(), FieldValue{it->text, it->source, {}});
        auto attachments = scansPerDossier > 0 ? fixedScans(procedure, i, scansPerDossier, scanKiB, blobs)
                                               : requiredDocuments(procedure, i, scanKiB, blobs);
        if (!attachments)
            return attachments.error();
        dossier.attachments = *attachments;
        if (Status moved = addStatuses(dossier, back, rng); !moved)
            return moved.error();

        auto stored = store.save(dossier, dossier.clerk);
        if (!stored)
            return stored.error();
        ++saved;
    }
    return saved;
}

} // namespace motcua::admin
