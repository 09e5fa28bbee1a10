// The real catalog compiled into the programs (resources/procedures/*.json).
#include "ProcedureFixture.h"
#include "TestSupport.h"
#include "procedures/CatalogLoader.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::test;

TEST_CASE("the built-in catalog holds the 25 priority procedures without problems", "[builtin]")
{
    // The resources live in a static library: this also proves they are linked and registered.
    REQUIRE(QDir(CatalogLoader::builtInFolder()).exists());
    const Catalog catalog = CatalogLoader::loadBuiltIn();
    for (const CatalogProblem &problem : catalog.problems())
        UNSCOPED_INFO(problem.toString());
    CHECK(catalog.problems().isEmpty());
    CHECK(catalog.size() == 25);
    for (int number = 1; number <= 25; ++number) {
        INFO("procedure " << number);
        CHECK(catalog.byNumber(number) != nullptr);
    }
    for (int interlinked : {15, 16}) {
        INFO("procedure " << interlinked);
        const Procedure *procedure = catalog.byNumber(interlinked);
        REQUIRE(procedure);
        CHECK(procedure->steps.size() >= 2);
    }
}

TEST_CASE("a file in the override folder replaces the built-in file of the same name", "[builtin]")
{
    const QStringList builtIn = QDir(CatalogLoader::builtInFolder()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    REQUIRE_FALSE(builtIn.isEmpty());
    const Catalog original = CatalogLoader::loadBuiltIn();
    REQUIRE_FALSE(original.isEmpty());

    // Replace the file of the first procedure that loaded with a province's own version of it.
    const Procedure &first = original.all().first();
    QString fileName;
    for (const QString &name : builtIn) {
        QFile file(QDir(CatalogLoader::builtInFolder()).filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        if (QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("id")).toString() == first.id)
            fileName = name;
    }
    REQUIRE_FALSE(fileName.isEmpty());
    QTemporaryDir province;
    REQUIRE(writeFile(province.filePath(fileName),
                      bytes(with(validProcedure(first.number, first.id), QStringLiteral("name"), text(QStringLiteral("Bản của tỉnh"))))));

    const Catalog overridden = CatalogLoader::loadBuiltIn(province.path());
    REQUIRE(overridden.byId(first.id));
    CHECK(overridden.byId(first.id)->name.vi == QStringLiteral("Bản của tỉnh"));
    CHECK(overridden.size() == original.size());
}
