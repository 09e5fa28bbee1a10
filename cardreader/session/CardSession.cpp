#include "session/CardSession.h"

#include "pcsc/PcscError.h"
#include "session/PcscReaderTransport.h"

#include <QtConcurrent/QtConcurrentRun>

namespace motcua::card {

namespace {

void registerMetaTypes()
{
    qRegisterMetaType<ReadProgress>();
    qRegisterMetaType<CardReadResult>();
    qRegisterMetaType<Person>();
    qRegisterMetaType<Error>();
}

CardSession::TransportFactory pcscFactory()
{
    return [](const QString &reader) -> Result<std::unique_ptr<ApduTransport>> {
        auto opened = PcscReaderTransport::open(reader);
        if (!opened)
            return opened.error();
        return std::unique_ptr<ApduTransport>(std::move(*opened));
    };
}

} // namespace

CardSession::CardSession(TrustStore trust, QObject *parent) : CardSession(std::move(trust), pcscFactory(), parent) {}

CardSession::CardSession(TrustStore trust, TransportFactory factory, QObject *parent)
    : QObject(parent), m_trust(std::move(trust)), m_factory(std::move(factory))
{
    registerMetaTypes();
}

CardSession::~CardSession()
{
    cancel();
    m_future.waitForFinished();
}

void CardSession::setAccessKey(const AccessKey &key)
{
    m_key = key;
}

void CardSession::setReadPhoto(bool readPhoto)
{
    m_readPhoto = readPhoto;
}

bool CardSession::isRunning() const
{
    return m_future.isValid() && !m_future.isFinished();
}

bool CardSession::isRetryable(const Error &error)
{
    return EmrtdReader::isCardRemoved(error) || pcscErrorClass(error) == PcscErrorClass::Retryable
           || error.code == SessionErrorCode::cancelled
           || error.code.startsWith(QLatin1String("emrtd.sm."));
}

bool CardSession::start(const QString &readerName)
{
    if (isRunning() || !m_key)
        return false;
    {
        std::lock_guard lock(m_mutex);
        m_cancelRequested = false;
    }
    EmrtdReader::Options options;
    options.readPhoto = m_readPhoto;
    m_future = QtConcurrent::run([this, readerName, key = *m_key, options] { run(readerName, key, options); });
    return true;
}

void CardSession::cancel()
{
    std::lock_guard lock(m_mutex);
    m_cancelRequested = true;
    if (m_reader)
        m_reader->cancel();
}

void CardSession::run(const QString &readerName, AccessKey key, EmrtdReader::Options options)
{
    auto transport = m_factory(readerName);
    if (!transport) {
        Q_EMIT failed(transport.error(), isRetryable(transport.error()));
        return;
    }
    EmrtdReader reader(**transport, m_trust);
    {
        std::lock_guard lock(m_mutex);
        m_reader = &reader;
        if (m_cancelRequested)
            reader.cancel();
    }
    auto result = reader.read(
        key, options, [this](const ReadProgress &p) { Q_EMIT progress(p); },
        [this](const Person &person, bool verified) { Q_EMIT formReady(person, verified); });
    {
        std::lock_guard lock(m_mutex);
        m_reader = nullptr;
    }
    if (result)
        Q_EMIT finished(*result);
    else
        Q_EMIT failed(result.error(), isRetryable(result.error()));
}

} // namespace motcua::card
