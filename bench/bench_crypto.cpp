// The per-field costs a dossier save pays: sealing a field, opening it, a blind-index token.
#include "security/BlindIndex.h"
#include "security/Crypto.h"
#include "security/FieldCipher.h"

#include <benchmark/benchmark.h>

using namespace motcua;

namespace {

const DataKey &benchKey()
{
    static const DataKey key = DataKey::fromBytes(QByteArray(32, '\x42'));
    return key;
}

void fieldEncrypt(benchmark::State &state)
{
    const FieldCipher cipher(benchKey());
    const QByteArray plain(int(state.range(0)), 'x');
    const QByteArray aad = QByteArrayLiteral("6f1c2a3e-0000-4000-8000-000000000001");
    for (auto _ : state)
        benchmark::DoNotOptimize(cipher.encrypt(plain, aad));
    state.SetBytesProcessed(state.iterations() * state.range(0));
}
BENCHMARK(fieldEncrypt)->Arg(32)->Arg(2048);

void fieldDecrypt(benchmark::State &state)
{
    const FieldCipher cipher(benchKey());
    const QByteArray aad = QByteArrayLiteral("6f1c2a3e-0000-4000-8000-000000000001");
    const QByteArray sealed = cipher.encrypt(QByteArray(int(state.range(0)), 'x'), aad);
    for (auto _ : state)
        benchmark::DoNotOptimize(cipher.decrypt(sealed, aad));
    state.SetBytesProcessed(state.iterations() * state.range(0));
}
BENCHMARK(fieldDecrypt)->Arg(32)->Arg(2048);

void blindToken(benchmark::State &state)
{
    const BlindIndex index(benchKey());
    const QString name = QStringLiteral("nguyen thi thu trang");
    for (auto _ : state)
        benchmark::DoNotOptimize(index.token("name", name));
}
BENCHMARK(blindToken);

void blobChunkSeal(benchmark::State &state)
{
    const QByteArray key(32, '\x01');
    const QByteArray nonce(12, '\x02');
    const QByteArray chunk(64 * 1024, 'x');
    for (auto _ : state)
        benchmark::DoNotOptimize(detail::aes256GcmSeal(key, nonce, QByteArray(37, '\0'), chunk));
    state.SetBytesProcessed(state.iterations() * chunk.size());
}
BENCHMARK(blobChunkSeal);

} // namespace

BENCHMARK_MAIN();
