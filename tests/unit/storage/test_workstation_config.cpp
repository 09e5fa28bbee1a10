#include "StoreFixture.h"
#include "TestSupport.h"
#include "storage/WorkstationConfig.h"
#include "dossier/DossierCodePattern.h"

using namespace motcua;

TEST_CASE("a data folder without settings gets the defaults")
{
    QTemporaryDir dir;
    auto config = WorkstationConfig::load(dir.path());
    REQUIRE(config.ok());
    CHECK(config->agencyCode == QStringLiteral("MOTCUA"));
    CHECK(config->codePattern == DossierCodePattern::defaultPattern());
}

TEST_CASE("settings are read from workstation.json, and a damaged file is an error")
{
    QTemporaryDir dir;
    const WorkstationConfig written{QStringLiteral("CA-NT"), QStringLiteral("phuong-1"), QStringLiteral("quay-3"),
                                    QStringLiteral("{agencyCode}.{yyyy}.{seq:05}")};
    REQUIRE(written.saveTo(dir.path()).ok());
    auto read = WorkstationConfig::load(dir.path());
    REQUIRE(read.ok());
    CHECK(read->agencyCode == written.agencyCode);
    CHECK(read->unit == written.unit);
    CHECK(read->workstation == written.workstation);
    CHECK(read->codePattern == written.codePattern);

    test::writeFile(WorkstationPaths::config(dir.path()), QByteArrayLiteral("{\"agencyCode\": "));
    auto damaged = WorkstationConfig::load(dir.path());
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error().code == QStringLiteral("workstation.config"));

    test::writeFile(WorkstationPaths::config(dir.path()), QByteArrayLiteral("{\"codePattern\": \"{agencyCode}\"}"));
    CHECK_FALSE(WorkstationConfig::load(dir.path()).ok());
}

TEST_CASE("openWorkstationStore creates the key and the database, and reopens them")
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    REQUIRE(WorkstationConfig{QStringLiteral("CA-NT"), {}, QStringLiteral("quay-3"), DossierCodePattern::defaultPattern()}
                .saveTo((QDir().mkpath(dataDir), dataDir)).ok());
    QUuid uuid;
    {
        auto store = openWorkstationStore(dataDir);
        INFO((store.ok() ? QString() : store.error().toString()).toStdString());
        REQUIRE(store.ok());
        Dossier d = test::makeDossier();
        d.agencyCode.clear();
        auto saved = (*store)->save(d, QStringLiteral("clerk.lan"));
        REQUIRE(saved.ok());
        CHECK(saved->code.startsWith(QStringLiteral("CA-NT-")));
        uuid = saved->uuid;
    }
    CHECK(QFile::exists(WorkstationPaths::keyFile(dataDir)));
    CHECK(QFile::exists(WorkstationPaths::database(dataDir)));
    auto again = openWorkstationStore(dataDir);
    REQUIRE(again.ok());
    auto loaded = (*again)->byUuid(uuid);
    REQUIRE(loaded.ok());
    CHECK(loaded->has_value());
}

TEST_CASE("tools open an existing store only, and create nothing")
{
    QTemporaryDir dir;
    auto missing = openWorkstationStore(dir.path(), StoreOpening::MustExist);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("workstation.noDatabase"));
    CHECK(QDir(dir.path()).isEmpty());
}
