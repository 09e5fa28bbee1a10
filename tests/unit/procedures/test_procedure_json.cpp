#include "ProcedureFixture.h"
#include "TestSupport.h"
#include "procedures/ProcedureJson.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::test;

TEST_CASE("a Procedure written as JSON reads back unchanged")
{
    QJsonObject rich = with(with(validProcedure(), QStringLiteral("steps"), threeSteps()), QStringLiteral("processingDays"), 6);
    rich = with(rich, QStringLiteral("shortName"), text(QStringLiteral("Khai sinh"), QStringLiteral("Birth")));
    rich = with(rich, QStringLiteral("fee"), QJsonObject{{QStringLiteral("amountVnd"), 8000}, {QStringLiteral("note"), text(QStringLiteral("Miễn phí đúng hạn"))}});
    rich = with(rich, QStringLiteral("form.sections[0].fields[0].help"), text(QStringLiteral("Họ, chữ đệm và tên")));
    rich = with(rich, QStringLiteral("documents[2].requiredWhen"), QJsonObject{{QStringLiteral("field"), QStringLiteral("mother.fullName")}, {QStringLiteral("notEmpty"), true}});
    const Procedure original = parsedProcedure(rich);

    const QJsonObject written = toJson(original);
    CHECK(parsedProcedure(written) == original);
    CHECK(written.value(QStringLiteral("fee")).toObject().value(QStringLiteral("amountVnd")).toInt() == 8000);
    CHECK(written.value(QStringLiteral("steps")).toArray().size() == 3);
}
