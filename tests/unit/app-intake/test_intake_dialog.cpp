// The "New dossier" dialog and the store worker together, driven like a clerk: the card's QR is
// read, the clerk types the rest and attaches a scan, Save; the dossier lands in a real
// workstation store with its scan in the blob store. Procedure 24 (new low-voltage electricity
// supply) of the built-in catalog: three fields to type and one document.
#include "IntakeClerk.h"
#include "IntakeDialog.h"
#include "StoreWorker.h"
#include "TestSupport.h"

#include "blobs/BlobStore.h"
#include "storage/WorkstationConfig.h"

#include <QCryptographicHash>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::app;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write the test file");
    return path;
}

} // namespace

TEST_CASE("the intake dialog saves a dossier with its scan through the store worker")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dataDir = dir.filePath(QStringLiteral("ws"));
    StoreWorker worker(dataDir);
    QSignalSpy opened(&worker, &StoreWorker::opened);
    QSignalSpy saved(&worker, &StoreWorker::dossierSaved);
    QSignalSpy failed(&worker, &StoreWorker::saveFailed);
    worker.open();
    REQUIRE(opened.size() == 1);

    IntakeDialog dialog(test::electricitySupplyProcedure(), QStringLiteral("en"), QStringLiteral("canbo01"), calendar::WorkingCalendar(),
                        std::nullopt);
    QSignalSpy requested(&dialog, &IntakeDialog::saveRequested);
    QObject::connect(&dialog, &IntakeDialog::saveRequested, &worker, &StoreWorker::saveDossier);
    dialog.show();
    QPushButton *save = test::saveButton(dialog);
    REQUIRE(save);

    SECTION("a complete intake is saved")
    {
        // Before the card: nothing locked, and Save says what is missing.
        CHECK_FALSE(dialog.isFieldLocked(QStringLiteral("holder.fullName")));
        QTest::mouseClick(save, Qt::LeftButton);
        CHECK(requested.isEmpty());
        REQUIRE_FALSE(dialog.shownProblems().isEmpty());
        CHECK(dialog.shownProblems().first() == QStringLiteral("Scan the QR code on the citizen's ID card first."));

        // The card arrives while the dialog is open; what it gave is locked.
        dialog.setCitizen(test::scannedCard());
        CHECK(dialog.isFieldLocked(QStringLiteral("holder.fullName")));
        CHECK(dialog.fieldText(QStringLiteral("holder.id12")) == QStringLiteral("001088012345"));
        CHECK_FALSE(dialog.setFieldText(QStringLiteral("holder.id12"), QStringLiteral("001088099999")));
        test::typeElectricitySupplyFields(dialog);

        // No document yet: refused, in the clerk's words.
        QTest::mouseClick(save, Qt::LeftButton);
        CHECK(requested.isEmpty());
        REQUIRE(dialog.shownProblems().size() == 1);
        CHECK(dialog.shownProblems().first().startsWith(QStringLiteral("Missing document: ")));

        const QByteArray scan = QByteArrayLiteral("%PDF-1.4\n% a scanned land-use certificate\n%%EOF\n");
        dialog.setDocumentFile(QStringLiteral("use-right-proof"), writeFile(dir, QStringLiteral("so-do.pdf"), scan));
        QTest::mouseClick(save, Qt::LeftButton);
        REQUIRE(requested.size() == 1);
        REQUIRE(saved.size() == 1);
        CHECK(failed.isEmpty());
        const QString code = saved.first().first().toString();
        CHECK(code.startsWith(QStringLiteral("MOTCUA-")));

        auto store = openWorkstationStore(dataDir, StoreOpening::MustExist);
        REQUIRE(store.ok());
        auto stored = (*store)->byCode(code);
        REQUIRE(stored.ok());
        REQUIRE(stored->has_value());
        const Dossier &dossier = **stored;
        CHECK(dossier.procedureId == dialog.procedure().id);
        CHECK(dossier.clerk == QStringLiteral("canbo01"));
        CHECK(dossier.holderName() == QStringLiteral("Nguyễn Văn An"));
        CHECK(dossier.fields.value(QStringLiteral("holder.id12")).source == FieldSource::Qr);
        CHECK(dossier.fields.value(QStringLiteral("holder.phone")).value == QStringLiteral("0912 345 678"));
        CHECK(dossier.fields.value(QStringLiteral("supply.purpose")).value == QStringLiteral("business"));
        CHECK(dossier.dueDate.isValid());
        REQUIRE(dossier.attachments.size() == 1);
        const Attachment &attachment = dossier.attachments.first();
        CHECK(attachment.documentId == QStringLiteral("use-right-proof"));
        CHECK(attachment.sha256 == QString::fromLatin1(QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex()));
        CHECK(attachment.size == scan.size());
        CHECK(attachment.mimeType == QStringLiteral("application/pdf"));
        CHECK(attachment.fileName == QStringLiteral("so-do.pdf"));
        CHECK(attachment.pages == 1);
        const BlobStore blobs(WorkstationPaths::blobs(dataDir), *(*store)->config().key);
        auto content = blobs.readAll(attachment.sha256);
        REQUIRE(content.ok());
        CHECK(*content == scan);
    }

    SECTION("an empty file is refused and nothing is saved")
    {
        dialog.setCitizen(test::scannedCard());
        test::typeElectricitySupplyFields(dialog);
        dialog.setDocumentFile(QStringLiteral("use-right-proof"), writeFile(dir, QStringLiteral("empty.pdf"), QByteArray()));
        QTest::mouseClick(save, Qt::LeftButton);
        REQUIRE(requested.size() == 1);
        CHECK(saved.isEmpty());
        REQUIRE(failed.size() == 1);
        CHECK(failed.first().first().toString().contains(QStringLiteral("is empty")));

        // The error goes back to the dialog, which lets the clerk try again.
        dialog.showSaveError(failed.first().first().toString());
        CHECK(save->isEnabled());
        auto store = openWorkstationStore(dataDir, StoreOpening::MustExist);
        REQUIRE(store.ok());
        auto rows = (*store)->list(QDate(), QDate());
        REQUIRE(rows.ok());
        CHECK(rows->isEmpty());
    }
}
