#include "ProcedureFixture.h"
#include "TestSupport.h"
#include "procedures/CatalogLoader.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::test;

namespace {

QJsonObject numbered(int number, const QString &id, const QString &name = QStringLiteral("Thủ tục"))
{
    return with(validProcedure(number, id), QStringLiteral("name"), text(name));
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    REQUIRE(writeFile(path, content));
    return path;
}

} // namespace

TEST_CASE("every valid file of a folder loads, ordered by number")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    write(dir, QStringLiteral("03-c.json"), bytes(numbered(3, QStringLiteral("thu-tuc-c"))));
    write(dir, QStringLiteral("01-a.json"), bytes(numbered(1, QStringLiteral("thu-tuc-a"))));
    write(dir, QStringLiteral("02-b.json"), bytes(numbered(2, QStringLiteral("thu-tuc-b"))));
    write(dir, QStringLiteral("README.md"), "not a catalog file");

    const Catalog catalog = CatalogLoader::loadFolder(dir.path());
    CHECK(catalog.problems().isEmpty());
    REQUIRE(catalog.size() == 3);
    CHECK(catalog.all().at(0).number == 1);
    CHECK(catalog.all().at(2).number == 3);
    REQUIRE(catalog.byNumber(2));
    CHECK(catalog.byNumber(2)->id == QStringLiteral("thu-tuc-b"));
    REQUIRE(catalog.byId(QStringLiteral("thu-tuc-c")));
    CHECK(catalog.byId(QStringLiteral("thu-tuc-c"))->number == 3);
    CHECK(catalog.byNumber(4) == nullptr);
    CHECK(catalog.byId(QStringLiteral("khong-co")) == nullptr);
}

TEST_CASE("a faulty file is skipped and named, the others load")
{
    QTemporaryDir dir;
    write(dir, QStringLiteral("01-a.json"), bytes(numbered(1, QStringLiteral("thu-tuc-a"))));
    const QString broken = write(dir, QStringLiteral("02-b.json"), "{\n  \"schemaVersion\": 1,\n  \"id\" \"thu-tuc-b\"\n}\n");
    const QString badBinding = write(dir, QStringLiteral("03-c.json"),
                                     bytes(with(numbered(3, QStringLiteral("thu-tuc-c")), QStringLiteral("form.sections[1].fields[0].binding"),
                                                QStringLiteral("mother.favouriteColour"))));
    write(dir, QStringLiteral("04-d.json"), bytes(numbered(4, QStringLiteral("thu-tuc-d"))));

    const Catalog catalog = CatalogLoader::loadFolder(dir.path());
    CHECK(catalog.size() == 2);
    CHECK(catalog.byNumber(1));
    CHECK(catalog.byNumber(4));
    CHECK_FALSE(catalog.byNumber(2));
    CHECK(catalog.skippedFiles() == QStringList{broken, badBinding});
    REQUIRE(catalog.problems().size() == 2);
    CHECK(catalog.problems().at(0).file == broken);
    CHECK(catalog.problems().at(0).message.startsWith(QStringLiteral("Not valid JSON at line 3")));
    CHECK(catalog.problems().at(1).path == QStringLiteral("form.sections[1].fields[0].binding"));
}

TEST_CASE("procedure ids and numbers are unique across the catalog")
{
    QTemporaryDir dir;
    write(dir, QStringLiteral("01-a.json"), bytes(numbered(1, QStringLiteral("thu-tuc-a"))));
    const QString sameId = write(dir, QStringLiteral("02-a-again.json"), bytes(numbered(2, QStringLiteral("thu-tuc-a"))));
    const QString sameNumber = write(dir, QStringLiteral("03-one-again.json"), bytes(numbered(1, QStringLiteral("thu-tuc-c"))));

    const Catalog catalog = CatalogLoader::loadFolder(dir.path());
    REQUIRE(catalog.size() == 1);
    CHECK(catalog.all().first().id == QStringLiteral("thu-tuc-a"));
    REQUIRE(catalog.problems().size() == 2);
    CHECK(catalog.problems().at(0) == CatalogProblem{sameId, QStringLiteral("id"), QStringLiteral("The procedure id \"thu-tuc-a\" is already used by 01-a.json")});
    CHECK(catalog.problems().at(1) == CatalogProblem{sameNumber, QStringLiteral("number"), QStringLiteral("The procedure number 1 is already used by 01-a.json")});
}

TEST_CASE("a file of the same name in a later folder replaces the earlier one")
{
    QTemporaryDir builtIn;
    QTemporaryDir province;
    write(builtIn, QStringLiteral("01-a.json"), bytes(numbered(1, QStringLiteral("thu-tuc-a"), QStringLiteral("Bản gốc"))));
    write(builtIn, QStringLiteral("02-b.json"), bytes(numbered(2, QStringLiteral("thu-tuc-b"))));
    write(province, QStringLiteral("01-a.json"), bytes(with(numbered(1, QStringLiteral("thu-tuc-a"), QStringLiteral("Bản của tỉnh")), QStringLiteral("processingDays"), 1)));
    write(province, QStringLiteral("30-rieng.json"), bytes(numbered(30, QStringLiteral("thu-tuc-rieng"))));

    const Catalog catalog = CatalogLoader::load({builtIn.path()}, {province.path()});
    CHECK(catalog.problems().isEmpty());
    REQUIRE(catalog.size() == 3);
    CHECK(catalog.byNumber(1)->name.vi == QStringLiteral("Bản của tỉnh"));
    CHECK(catalog.byNumber(1)->processingDays == 1);
    CHECK(catalog.byNumber(2));
    CHECK(catalog.byNumber(30));
}

TEST_CASE("a missing override folder is normal, a missing catalog folder is a problem")
{
    QTemporaryDir dir;
    write(dir, QStringLiteral("01-a.json"), bytes(numbered(1, QStringLiteral("thu-tuc-a"))));
    const QString absent = dir.filePath(QStringLiteral("no-such-folder"));

    const Catalog withOverride = CatalogLoader::load({dir.path()}, {absent});
    CHECK(withOverride.problems().isEmpty());
    CHECK(withOverride.size() == 1);

    const Catalog missing = CatalogLoader::loadFolder(absent);
    CHECK(missing.isEmpty());
    REQUIRE(missing.problems().size() == 1);
    CHECK(missing.problems().first().file == absent);
    CHECK(missing.problems().first().message == QStringLiteral("The catalog folder does not exist"));
}
