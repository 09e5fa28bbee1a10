// popgen: the synthetic population as JSON lines, one citizen per line, keys as PersonKey names.
// Deterministic: the same --count and --seed always give the same bytes, so the server's
// registry, cccd-sim's citizens and the load tests agree without sharing a file.
//   popgen --count N [--seed S] [--out FILE]
#include "identity/Person.h"
#include "population/SyntheticPopulation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    qint64 count = -1;
    quint64 seed = motcua::population::SyntheticPopulation::kDefaultSeed;
    QString outPath;
    bool ok = args.size() % 2 == 0;
    for (int i = 0; ok && i + 1 < args.size(); i += 2) {
        const QString &name = args.at(i);
        const QString &value = args.at(i + 1);
        if (name == QLatin1String("--count"))
            count = value.toLongLong(&ok);
        else if (name == QLatin1String("--seed"))
            seed = value.toULongLong(&ok, 0);
        else if (name == QLatin1String("--out"))
            outPath = value;
        else
            ok = false;
    }
    if (!ok || count < 0) {
        std::fprintf(stderr, "usage: popgen --count N [--seed S] [--out FILE]\n");
        return 2;
    }
    QFile out;
    const bool opened = outPath.isEmpty() ? out.open(stdout, QIODevice::WriteOnly)
                                          : (out.setFileName(outPath), out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    if (!opened) {
        std::fprintf(stderr, "popgen: cannot write %s\n", qPrintable(outPath));
        return 1;
    }
    const motcua::population::SyntheticPopulation population(seed);
    for (qint64 i = 0; i < count; ++i) {
        const motcua::Person person = population.citizen(i);
        QJsonObject object;
        for (const QString &key : motcua::PersonKey::all())
            if (const QString value = person.text(key); !value.isEmpty())
                object.insert(key, value);
        out.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
        out.write("\n");
    }
    return out.flush() ? 0 : 1;
}
