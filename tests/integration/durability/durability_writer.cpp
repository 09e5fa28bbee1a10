// durability-writer DB_PATH: saves dossiers in a loop until killed, printing "UUID CODE" for each
// one only after save() has returned, i.e. after COMMIT with synchronous=FULL. Every printed line
// is a promise the test checks after SIGKILL. Some saves are batches (longer transactions) and
// some are second revisions, so that kills land in every kind of write.
#include "DurabilityKey.h"
#include "storage/DossierStore.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace motcua;

namespace {

const QStringList kFamily{QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"), QStringLiteral("Phạm")};
const QStringList kMiddle{QStringLiteral("Văn"), QStringLiteral("Thị"), QStringLiteral("Hữu"), QStringLiteral("Minh")};
const QStringList kGiven{QStringLiteral("An"), QStringLiteral("Bình"), QStringLiteral("Cường"), QStringLiteral("Dung"), QStringLiteral("Hương")};

Dossier makeDossier(QRandomGenerator &rng)
{
    Dossier d;
    d.procedureId = QStringLiteral("p%1").arg(rng.bounded(1, 26), 2, 10, QLatin1Char('0'));
    d.clerk = QStringLiteral("clerk%1").arg(rng.bounded(3));
    d.receivedAt = QDateTime::currentDateTimeUtc();
    d.dueDate = d.receivedAt.date().addDays(7);
    Person person;
    person.set(PersonKey::fullName,
               kFamily.at(rng.bounded(int(kFamily.size()))) + QLatin1Char(' ') + kMiddle.at(rng.bounded(int(kMiddle.size())))
                   + QLatin1Char(' ') + kGiven.at(rng.bounded(int(kGiven.size()))),
               FieldSource::Chip);
    person.set(PersonKey::id12, QStringLiteral("0580%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0')), FieldSource::Chip);
    d.parties.append(DossierParty{kHolderRole, person});
    d.fields.insert(QStringLiteral("holder.fullName"), FieldValue{person.text(PersonKey::fullName), FieldSource::Chip, {}});
    Attachment scan;
    scan.sha256 = QString::number(rng.generate64(), 16).rightJustified(64, QLatin1Char('0'));
    scan.documentId = QStringLiteral("to-khai");
    scan.pages = 1;
    d.attachments.append(scan);
    return d;
}

void promise(const Dossier &d)
{
    std::printf("%s %s\n", qPrintable(uuidText(d.uuid)), qPrintable(d.code));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: durability-writer DB_PATH\n");
        return 2;
    }
    StoreConfig config;
    config.dbPath = QString::fromLocal8Bit(argv[1]);
    config.key = std::make_shared<const DataKey>(test::durabilityKey());
    config.agencyCode = QStringLiteral("DUR");
    auto opened = DossierStore::open(config);
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    DossierStore &store = **opened;
    QRandomGenerator rng(quint32(QCoreApplication::applicationPid()));
    for (;;) {
        const int kind = rng.bounded(10);
        if (kind == 0) {
            QList<Dossier> batch;
            for (int i = 0; i < 20; ++i)
                batch.append(makeDossier(rng));
            auto saved = store.saveBatch(batch, QStringLiteral("writer"));
            if (!saved) {
                std::fprintf(stderr, "saveBatch: %s\n", qPrintable(saved.error().toString()));
                return 1;
            }
            for (const Dossier &d : *saved)
                promise(d);
            continue;
        }
        auto saved = store.save(makeDossier(rng), QStringLiteral("writer"));
        if (saved && kind == 1) {
            Dossier next = *saved;
            next.fields.insert(QStringLiteral("note"), FieldValue{QStringLiteral("revision 2"), FieldSource::Typed, {}});
            saved = store.save(next, QStringLiteral("writer"));
        }
        if (!saved) {
            std::fprintf(stderr, "save: %s\n", qPrintable(saved.error().toString()));
            return 1;
        }
        promise(*saved);
    }
}
