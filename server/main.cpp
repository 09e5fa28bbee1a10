// motcua-server: the reference central server (see ServerCli.h for the commands).
#include "ServerCli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.value(0) != QLatin1String("serve"))
        return motcua::server::runCommand(args, out, err);

    QString data;
    QString listen = QStringLiteral("127.0.0.1:8443");
    QString pg;
    QString storage = QStringLiteral("sqlite");
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--data"))
            data = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--listen"))
            listen = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--pg"))
            pg = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--storage"))
            storage = args.at(i + 1);
    }
    const bool storageOk = (storage == QLatin1String("sqlite") && pg.isEmpty()) || (storage == QLatin1String("postgres") && !pg.isEmpty());
    if (data.isEmpty() || !storageOk) {
        err << "usage: motcua-server serve --data DIR [--listen 127.0.0.1:8443] [--storage sqlite|postgres --pg CONNINFO]\n";
        return 2;
    }
    auto server = motcua::server::startServer(data, listen, pg);
    if (!server) {
        err << "motcua-server: " << server.error().toString() << '\n';
        return 1;
    }
    // Tests and scripts read this line to learn the port (port 0 picks a free one).
    std::printf("listening on %s:%u\n", qPrintable(listen.left(listen.lastIndexOf(QLatin1Char(':')))), unsigned((*server)->port));
    std::fflush(stdout);
    return app.exec();
}
