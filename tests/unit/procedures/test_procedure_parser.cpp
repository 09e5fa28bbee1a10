#include "ProcedureFixture.h"
#include "TestSupport.h"
#include "procedures/ProcedureParser.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kFile = QStringLiteral("09-test.json");

CatalogProblems problemsOf(const QJsonObject &root)
{
    return ProcedureParser::parse(bytes(root), kFile).problems;
}

// The one problem a broken file must have; prints them all when there is not exactly one.
CatalogProblem onlyProblem(const QJsonObject &root)
{
    const CatalogProblems problems = problemsOf(root);
    for (const CatalogProblem &problem : problems)
        UNSCOPED_INFO(problem.toString());
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().file == kFile);
    return problems.first();
}

} // namespace

TEST_CASE("a valid file becomes a Procedure with every part")
{
    const auto outcome = ProcedureParser::parse(bytes(validProcedure()), kFile);
    for (const CatalogProblem &problem : outcome.problems)
        UNSCOPED_INFO(problem.toString());
    REQUIRE(outcome.problems.isEmpty());
    REQUIRE(outcome.procedure);
    const Procedure &p = *outcome.procedure;
    CHECK(p.id == QStringLiteral("dang-ky-khai-sinh"));
    CHECK(p.number == 9);
    CHECK(p.level == 3);
    CHECK(p.name.text(QStringLiteral("en")) == QStringLiteral("Birth registration"));
    CHECK(p.agency.sector == QStringLiteral("justice"));
    CHECK(p.agency.name.text(QStringLiteral("en")) == QStringLiteral("Ủy ban nhân dân cấp xã")); // no English: falls back to vi
    CHECK(p.fee.amountVnd == 0);
    CHECK(p.legalBasis == QStringList{QStringLiteral("Luật Hộ tịch 2014")});
    CHECK(p.parties.size() == 3);
    CHECK(p.party(QStringLiteral("requester"))->hasCard);
    CHECK_FALSE(p.party(QStringLiteral("child"))->hasCard);
    CHECK(p.form.sections.size() == 3);
    CHECK(p.fields().size() == 19);
    CHECK_FALSE(p.isInterlinked());

    const FormField *mother = p.field(QStringLiteral("mother.id12"));
    REQUIRE(mother);
    CHECK(mother->type == FieldType::Id12);
    REQUIRE(mother->binding);
    CHECK(mother->binding->role == QStringLiteral("mother"));
    CHECK(mother->binding->key == QStringLiteral("id12"));

    const FormField *other = p.field(QStringLiteral("requester.relationshipOther"));
    REQUIRE(other);
    CHECK_FALSE(other->required);
    REQUIRE(other->requiredWhen);
    CHECK(other->requiredWhen->kind == Condition::Kind::Equals);
    CHECK(other->requiredWhen->equals == QStringLiteral("other"));

    const FormField *weight = p.field(QStringLiteral("child.weightKg"));
    CHECK(weight->min == 0.5);
    CHECK(weight->max == 8.0);
    CHECK(p.field(QStringLiteral("child.sex"))->options.size() == 2);
    CHECK(p.field(QStringLiteral("child.fullName"))->maxLength == 20);

    REQUIRE(p.documents.size() == 3);
    CHECK(p.documents.at(0).originalSeen);
    CHECK(p.documents.at(1).requiredWhen.has_value());
    CHECK(p.documents.at(2).reusable);
}

TEST_CASE("a JSON syntax error names the line and column")
{
    QByteArray json = bytes(validProcedure());
    const qsizetype line3 = json.indexOf('\n', json.indexOf('\n') + 1) + 1; // start of line 3
    json.insert(line3, "    oops\n");
    const auto outcome = ProcedureParser::parse(json, kFile);
    CHECK_FALSE(outcome.procedure);
    REQUIRE(outcome.problems.size() == 1);
    CHECK(outcome.problems.first().path.isEmpty());
    CHECK(outcome.problems.first().message.startsWith(QStringLiteral("Not valid JSON at line 3, column ")));
}

TEST_CASE("a file that is not one JSON object is rejected")
{
    const auto outcome = ProcedureParser::parse("[1, 2]", kFile);
    REQUIRE(outcome.problems.size() == 1);
    CHECK(outcome.problems.first().message == QStringLiteral("The file must hold one JSON object {...}"));
}

TEST_CASE("another schema version stops at the version")
{
    const auto problem = onlyProblem(without(with(validProcedure(), QStringLiteral("schemaVersion"), 2), QStringLiteral("name")));
    CHECK(problem.path == QStringLiteral("schemaVersion"));
    CHECK(problem.message == QStringLiteral("Unsupported schema version 2 (this program reads version 1)"));
}

TEST_CASE("missing required keys are named by path")
{
    CHECK(onlyProblem(without(validProcedure(), QStringLiteral("name"))).path == QStringLiteral("name"));
    CHECK(onlyProblem(without(validProcedure(), QStringLiteral("name"))).message == QStringLiteral("Required key \"name\" is missing"));
    CHECK(onlyProblem(without(validProcedure(), QStringLiteral("agency.level"))).path == QStringLiteral("agency.level"));
    CHECK(onlyProblem(without(validProcedure(), QStringLiteral("form.sections[2].fields[4].label"))).path
          == QStringLiteral("form.sections[2].fields[4].label"));
    CHECK(onlyProblem(without(validProcedure(), QStringLiteral("documents[1].name.vi"))).path == QStringLiteral("documents[1].name.vi"));
}

TEST_CASE("wrong types are reported")
{
    auto problem = onlyProblem(with(validProcedure(), QStringLiteral("level"), QStringLiteral("3")));
    CHECK(problem.path == QStringLiteral("level"));
    CHECK(problem.message == QStringLiteral("Expected a whole number"));

    problem = onlyProblem(with(validProcedure(), QStringLiteral("processingDays"), 2.5));
    CHECK(problem.path == QStringLiteral("processingDays"));

    problem = onlyProblem(with(validProcedure(), QStringLiteral("form.sections[0].fields[0].required"), QStringLiteral("yes")));
    CHECK(problem.path == QStringLiteral("form.sections[0].fields[0].required"));
    CHECK(problem.message == QStringLiteral("Expected true or false"));

    problem = onlyProblem(with(validProcedure(), QStringLiteral("name"), QStringLiteral("Đăng ký khai sinh")));
    CHECK(problem.path == QStringLiteral("name"));
    CHECK(problem.message.startsWith(QStringLiteral("Expected a text object")));

    problem = onlyProblem(with(validProcedure(), QStringLiteral("parties"), QJsonObject{}));
    CHECK(problem.path == QStringLiteral("parties"));
    CHECK(problem.message == QStringLiteral("Expected a list [...]"));
}

TEST_CASE("a misspelt key is not silently ignored")
{
    const auto problem = onlyProblem(with(without(validProcedure(), QStringLiteral("form.sections[0].fields[0].required")),
                                          QStringLiteral("form.sections[0].fields[0].requried"), true));
    CHECK(problem.path == QStringLiteral("form.sections[0].fields[0].requried"));
    CHECK(problem.message.startsWith(QStringLiteral("Unknown key \"requried\"")));
}

TEST_CASE("ids must be unique within the file")
{
    auto problem = onlyProblem(with(validProcedure(), QStringLiteral("form.sections[1].fields[0].id"), QStringLiteral("child.fullName")));
    CHECK(problem.path == QStringLiteral("form.sections[1].fields[0].id"));
    CHECK(problem.message == QStringLiteral("The field id \"child.fullName\" is already used at form.sections[0].fields[0]"));

    problem = onlyProblem(with(validProcedure(), QStringLiteral("documents[2].id"), QStringLiteral("birth-notice")));
    CHECK(problem.path == QStringLiteral("documents[2].id"));
    CHECK(problem.message == QStringLiteral("The document id \"birth-notice\" is already used at documents[0]"));

    problem = onlyProblem(with(validProcedure(), QStringLiteral("parties[1].role"), QStringLiteral("child")));
    CHECK(problem.path == QStringLiteral("parties[1].role"));

    problem = onlyProblem(with(validProcedure(), QStringLiteral("id"), QStringLiteral("Dang Ky")));
    CHECK(problem.path == QStringLiteral("id"));
}

TEST_CASE("field types, options and rules are checked")
{
    auto problem = onlyProblem(with(validProcedure(), QStringLiteral("form.sections[0].fields[0].type"), QStringLiteral("string")));
    CHECK(problem.path == QStringLiteral("form.sections[0].fields[0].type"));
    CHECK(problem.message.startsWith(QStringLiteral("Unknown field type \"string\"")));

    problem = onlyProblem(without(validProcedure(), QStringLiteral("form.sections[0].fields[2].options")));
    CHECK(problem.path == QStringLiteral("form.sections[0].fields[2].options"));
    CHECK(problem.message == QStringLiteral("Required key \"options\" is missing"));

    problem = onlyProblem(with(validProcedure(), QStringLiteral("form.sections[0].fields[2].options"), QJsonArray{}));
    CHECK(problem.message == QStringLiteral("A choice field has at least one option"));

    problem = onlyProblem(with(validProcedure(), QStringLiteral("form.sections[0].fields[0].options"), options({QStringLiteral("a")})));
    CHECK(problem.path == QStringLiteral("form.sections[0].fields[0].options"));
    CHECK(problem.message == QStringLiteral("Only choice fields have \"options\""));

    problem = onlyProblem(with(validProcedure(), QStringLiteral("form.sections[0].fields[2].options"), options({QStringLiteral("male"), QStringLiteral("male")})));
    CHECK(problem.path == QStringLiteral("form.sections[0].fields[2].options[1].value"));

    problem = onlyProblem(with(validProcedure(), QStringLiteral("form.sections[2].fields[10].pattern"), QStringLiteral("^([A-Z]{2}")));
    CHECK(problem.path == QStringLiteral("form.sections[2].fields[10].pattern"));
    CHECK(problem.message.startsWith(QStringLiteral("Invalid regular expression")));

    problem = onlyProblem(with(validProcedure(), QStringLiteral("form.sections[0].fields[0].notAfterToday"), true));
    CHECK(problem.message == QStringLiteral("Only date fields have \"notAfterToday\""));

    problem = onlyProblem(with(validProcedure(), QStringLiteral("form.sections[0].fields[3].min"), 9));
    CHECK(problem.path == QStringLiteral("form.sections[0].fields[3].min"));
    CHECK(problem.message == QStringLiteral("The minimum is larger than the maximum"));

    problem = onlyProblem(with(validProcedure(), QStringLiteral("form.sections[0].fields[0].maxLength"), 0));
    CHECK(problem.path == QStringLiteral("form.sections[0].fields[0].maxLength"));
}

TEST_CASE("conditions must name fields of the form")
{
    auto problem = onlyProblem(with(validProcedure(), QStringLiteral("form.sections[2].fields[6].requiredWhen.field"), QStringLiteral("requester.relation")));
    CHECK(problem.path == QStringLiteral("form.sections[2].fields[6].requiredWhen.field"));
    CHECK(problem.message == QStringLiteral("The condition names the field \"requester.relation\", which the form does not have"));

    problem = onlyProblem(with(validProcedure(), QStringLiteral("documents[1].requiredWhen.field"), QStringLiteral("nobody")));
    CHECK(problem.path == QStringLiteral("documents[1].requiredWhen.field"));

    problem = onlyProblem(with(validProcedure(), QStringLiteral("form.sections[2].fields[6].requiredWhen.equals"), QStringLiteral("aunt")));
    CHECK(problem.path == QStringLiteral("form.sections[2].fields[6].requiredWhen.equals"));
    CHECK(problem.message == QStringLiteral("\"aunt\" is not one of the options of the field \"requester.relationship\""));

    problem = onlyProblem(with(validProcedure(), QStringLiteral("form.sections[2].fields[6].requiredWhen.notEmpty"), true));
    CHECK(problem.path == QStringLiteral("form.sections[2].fields[6].requiredWhen"));

    problem = onlyProblem(with(validProcedure(), QStringLiteral("form.sections[2].fields[6].required"), true));
    CHECK(problem.path == QStringLiteral("form.sections[2].fields[6].requiredWhen"));
    CHECK(problem.message == QStringLiteral("Give either \"required\": true or \"requiredWhen\", not both"));
}

TEST_CASE("bindings name a party of the file and a known person key")
{
    const QString path = QStringLiteral("form.sections[1].fields[0].binding");
    auto problem = onlyProblem(with(validProcedure(), path, QStringLiteral("father.fullName")));
    CHECK(problem.path == path);
    CHECK(problem.message == QStringLiteral("\"father\" is not a party of this procedure (parties: child, mother, requester)"));

    problem = onlyProblem(with(validProcedure(), path, QStringLiteral("mother.shoeSize")));
    CHECK(problem.path == path);
    CHECK(problem.message.startsWith(QStringLiteral("\"shoeSize\" is not a kind of population data")));

    problem = onlyProblem(with(validProcedure(), path, QStringLiteral("fullName")));
    CHECK(problem.message == QStringLiteral("A binding looks like \"role.key\", e.g. \"holder.fullName\""));
}

TEST_CASE("numbers, levels and agencies stay within their lists")
{
    auto problem = onlyProblem(with(validProcedure(), QStringLiteral("processingDays"), -1));
    CHECK(problem.path == QStringLiteral("processingDays"));
    CHECK(problem.message == QStringLiteral("The processing time cannot be negative"));

    problem = onlyProblem(with(validProcedure(), QStringLiteral("level"), 5));
    CHECK(problem.message == QStringLiteral("The online service level is 2, 3 or 4, not 5"));
    CHECK(onlyProblem(with(validProcedure(), QStringLiteral("level"), 1)).path == QStringLiteral("level"));

    problem = onlyProblem(with(validProcedure(), QStringLiteral("agency.sector"), QStringLiteral("army")));
    CHECK(problem.path == QStringLiteral("agency.sector"));
    CHECK(problem.message.startsWith(QStringLiteral("Unknown sector \"army\"")));

    problem = onlyProblem(with(validProcedure(), QStringLiteral("agency.level"), QStringLiteral("district")));
    CHECK(problem.path == QStringLiteral("agency.level"));

    CHECK(onlyProblem(with(validProcedure(), QStringLiteral("number"), 0)).path == QStringLiteral("number"));
    CHECK(onlyProblem(with(validProcedure(), QStringLiteral("fee.amountVnd"), -5000)).path == QStringLiteral("fee.amountVnd"));
    CHECK(onlyProblem(with(validProcedure(), QStringLiteral("catalogVersion"), QStringLiteral("1/7/2025"))).path == QStringLiteral("catalogVersion"));
}

TEST_CASE("interlinked steps go in ascending order and add up")
{
    const QJsonObject linked = with(with(validProcedure(), QStringLiteral("steps"), threeSteps()), QStringLiteral("processingDays"), 6);
    const auto outcome = ProcedureParser::parse(bytes(linked), kFile);
    REQUIRE(outcome.problems.isEmpty());
    REQUIRE(outcome.procedure->steps.size() == 3);
    CHECK(outcome.procedure->isInterlinked());
    CHECK(outcome.procedure->steps.at(1).agency.sector == QStringLiteral("police"));
    CHECK(outcome.procedure->steps.at(2).processingDays == 1);

    auto problem = onlyProblem(with(linked, QStringLiteral("steps[1].order"), 1));
    CHECK(problem.path == QStringLiteral("steps[1].order"));
    CHECK(problem.message == QStringLiteral("Steps go in ascending order: step 1 cannot follow step 1"));

    problem = onlyProblem(with(linked, QStringLiteral("processingDays"), 5));
    CHECK(problem.path == QStringLiteral("processingDays"));
    CHECK(problem.message == QStringLiteral("The steps take 6 working days in all, but processingDays says 5"));

    CHECK(onlyProblem(with(linked, QStringLiteral("steps[2].agency.sector"), QStringLiteral("bank"))).path == QStringLiteral("steps[2].agency.sector"));
}

TEST_CASE("every problem of a file is reported at once")
{
    QJsonObject broken = with(validProcedure(), QStringLiteral("level"), 7);
    broken = with(broken, QStringLiteral("form.sections[1].fields[2].binding"), QStringLiteral("mother.birthday"));
    broken = without(broken, QStringLiteral("documents[0].name"));
    const auto outcome = ProcedureParser::parse(bytes(broken), kFile);
    CHECK_FALSE(outcome.procedure);
    QStringList paths;
    for (const CatalogProblem &problem : outcome.problems)
        paths.append(problem.path);
    CHECK(paths == QStringList{QStringLiteral("level"), QStringLiteral("form.sections[1].fields[2].binding"), QStringLiteral("documents[0].name")});
}

TEST_CASE("CatalogProblem prints as file: path: message")
{
    CHECK(CatalogProblem{QStringLiteral("a.json"), QStringLiteral("level"), QStringLiteral("bad")}.toString() == QStringLiteral("a.json: level: bad"));
    CHECK(CatalogProblem{QStringLiteral("a.json"), QString(), QStringLiteral("bad")}.toString() == QStringLiteral("a.json: bad"));
}
